import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  invoiceCharges,
  LATE_INTEREST_BASIS_POINTS,
  nextReminder,
  outstandingOre,
  REMINDER_FEE_CAP_ORE,
  type ReminderRow,
  reminderFeeOre,
} from "@/features/invoices";
import { ReminderLines } from "@/features/invoices/ui";
import { addDays } from "@/platform/time/oslo-calendar";

/** An invoice of 1 000,00 kr due 20 June 2025. */
const invoice = { amountOre: 100_000, dueDate: "2025-06-20" };

/** Sends reminders day by day as the daily job would, from the due date to `until`. */
function remindDaily(until: string, payments: { amountOre: number; paidOn: string }[] = []): ReminderRow[] {
  const sent: ReminderRow[] = [];
  for (let day = invoice.dueDate; day <= until; day = addDays(day, 1)) {
    const next = nextReminder(invoice, sent, payments, day);
    if (next) sent.push({ ...next, sentOn: day });
  }
  return sent;
}

describe("reminder fees (inkassoforskriften §§ 1-2 and 1-3)", () => {
  it("charges no fee for a reminder sent earlier than 14 days after the due date", () => {
    for (let days = 1; days < 14; days++) {
      expect(reminderFeeOre(invoice.dueDate, [], addDays(invoice.dueDate, days)), `${days} days`).toBe(0);
    }
    expect(reminderFeeOre(invoice.dueDate, [], "2025-07-04")).toBe(3_500);
  });

  it("charges at most 35 kr, the cap in force since 1 October 2020, with its source", () => {
    expect(REMINDER_FEE_CAP_ORE.map((entry) => [entry.from, entry.value])).toEqual([["2020-10-01", 3_500]]);
    expect(REMINDER_FEE_CAP_ORE[0]?.source).toContain("§ 1-2");
  });

  it("never charges a third fee, however many reminders are sent", () => {
    const two: ReminderRow[] = [
      { sequence: 1, sentOn: "2025-07-04", feeOre: 3_500, dueDate: "2025-07-18" },
      { sequence: 2, sentOn: "2025-07-19", feeOre: 3_500, dueDate: "2025-08-02" },
    ];
    expect(reminderFeeOre(invoice.dueDate, two, "2025-09-01")).toBe(0);
    expect(reminderFeeOre(invoice.dueDate, two, "2026-06-01")).toBe(0);
  });

  it("charges a second fee only after the first reminder's deadline of 14 days has passed", () => {
    const first: ReminderRow[] = [
      { sequence: 1, sentOn: "2025-07-04", feeOre: 3_500, dueDate: "2025-07-18" },
    ];
    expect(reminderFeeOre(invoice.dueDate, first, "2025-07-18")).toBe(0);
    expect(reminderFeeOre(invoice.dueDate, first, "2025-07-19")).toBe(3_500);
  });

  it("the daily job's schedule: the first reminder with a fee 14 days after due, the second after its deadline, no third", () => {
    const sent = remindDaily("2025-12-31");
    expect(sent).toEqual([
      { sequence: 1, sentOn: "2025-07-04", feeOre: 3_500, dueDate: "2025-07-18" },
      { sequence: 2, sentOn: "2025-07-19", feeOre: 3_500, dueDate: "2025-08-02" },
    ]);
    expect(sent.every((r) => r.sentOn >= addDays(invoice.dueDate, 14) || r.feeOre === 0)).toBe(true);
  });

  it("sends nothing for a paid invoice, and stops once it is paid", () => {
    expect(remindDaily("2025-12-31", [{ amountOre: 100_000, paidOn: "2025-06-19" }])).toEqual([]);
    expect(remindDaily("2025-12-31", [{ amountOre: 100_000, paidOn: "2025-07-10" }])).toHaveLength(1);
    expect(outstandingOre(100_000, [{ amountOre: 40_000, paidOn: "2025-07-10" }])).toBe(60_000);
  });
});

describe("late-payment interest (forsinkelsesrenteloven §§ 2 and 3)", () => {
  it("is dated from each 1 January and 1 July, each entry with a source", () => {
    for (const entry of LATE_INTEREST_BASIS_POINTS) {
      expect(entry.from).toMatch(/-(01|07)-01$/);
      expect(entry.source.length).toBeGreaterThan(20);
    }
  });

  it("across the 1 July 2025 change, by hand: 10 days at 12.5 % and 10 days at 12.25 % on 1 000 kr", () => {
    // 100 000 øre × (10 × 0.125 + 10 × 0.1225) / 365 = 247 500 / 365 = 678.08 øre → 678.
    expect(invoiceCharges(invoice, [], [], "2025-07-10")).toEqual({
      feesOre: 0,
      interestOre: 678,
      assumedRate: true,
    });
  });

  it("runs on what is unpaid: a part payment lowers it from the day after, a full payment stops it", () => {
    // 20 days on 1 000 kr at 12.5 % to 30 June, then 600 kr after a payment of 400 kr on 30 June:
    // June 21–30: 100 000 × 0.125 × 10 / 365 = 342.47; July 1–10: 60 000 × 0.1225 × 10 / 365 = 201.37.
    const part = [{ amountOre: 40_000, paidOn: "2025-06-30" }];
    expect(invoiceCharges(invoice, [], part, "2025-07-10").interestOre).toBe(544);
    const full = [{ amountOre: 100_000, paidOn: "2025-06-25" }];
    // Five days (21–25 June): 100 000 × 0.125 × 5 / 365 = 171.23.
    expect(invoiceCharges(invoice, [], full, "2025-12-31").interestOre).toBe(171);
  });

  it("adds the reminders' fees, and none before the due date has passed", () => {
    const reminders: ReminderRow[] = [
      { sequence: 1, sentOn: "2025-07-04", feeOre: 3_500, dueDate: "2025-07-18" },
    ];
    expect(invoiceCharges(invoice, reminders, [], "2025-06-20")).toEqual({
      feesOre: 3_500,
      interestOre: 0,
      assumedRate: false,
    });
  });
});

describe("the invoice page's reminder lines", () => {
  it("show each reminder's fee and deadline, the interest to today and the rates used, an assumed one marked", () => {
    const reminders: ReminderRow[] = [
      { sequence: 1, sentOn: "2025-07-04", feeOre: 3_500, dueDate: "2025-07-18" },
    ];
    const html = renderToStaticMarkup(
      createElement(ReminderLines, { invoice, reminders, payments: [], today: "2025-07-10" }),
    );
    const text = html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(text).toContain("Purring 1, sendt 4. juli 2025 (ny frist 18. juli 2025) 35,00 kr");
    expect(text).toContain("Forsinkelsesrente fra forfall til i dag 6,78 kr");
    expect(text).toContain("Rentesats fra 1. januar 2025: 12,50 % i året");
    expect(text).toMatch(/Rentesats fra 1. juli 2025: 12,25 % i året antatt/);
  });

  it("show nothing for an invoice neither reminded nor late", () => {
    const html = renderToStaticMarkup(
      createElement(ReminderLines, { invoice, reminders: [], payments: [], today: "2025-06-20" }),
    );
    expect(html).toBe("");
  });
});
