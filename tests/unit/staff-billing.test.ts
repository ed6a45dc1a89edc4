import { describe, expect, it } from "vitest";
import {
  billedPeriodText,
  billingMonthChoice,
  billingMonths,
  invoiceNoteText,
  isMonthOver,
  previousMonth,
  ZBillingRun,
} from "@/features/invoices";

describe("/admin/faktura's months", () => {
  it("defaults to last month in Oslo, across a year's turn", () => {
    expect(previousMonth("2026-12-07")).toBe("2026-11");
    expect(billingMonths("2027-01-01")[0]).toBe("2026-12");
  });

  it("offers 24 months that have ended, newest first, and takes only those from the address", () => {
    const months = billingMonths("2026-12-07");
    expect(months).toHaveLength(24);
    expect(months.slice(0, 2)).toEqual(["2026-11", "2026-10"]);
    expect(months.at(-1)).toBe("2024-12");
    expect(billingMonthChoice("2026-10", "2026-12-07")).toBe("2026-10");
    for (const bad of ["2026-12", "2024-11", "__proto__", ["2026-10"], undefined]) {
      expect(billingMonthChoice(bad, "2026-12-07")).toBeNull();
    }
  });

  it("runs only months that have ended, and refuses what is no month in Norwegian", () => {
    expect(isMonthOver("2026-11", "2026-12-01")).toBe(true);
    expect(isMonthOver("2026-12", "2026-12-31")).toBe(false);
    const parsed = ZBillingRun.safeParse({ month: "2026-13" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("Velg en måned fra listen.");
  });
});

describe("invoice words for staff", () => {
  it("names a whole month by its name and a part month by its first and last day", () => {
    expect(billedPeriodText(new Date("2026-11-01"), new Date("2026-11-30"))).toBe("november 2026");
    expect(billedPeriodText(new Date("2026-12-01"), new Date("2026-12-31"))).toBe("desember 2026");
    expect(billedPeriodText(new Date("2026-11-10"), new Date("2026-11-30"))).toBe(
      "10. november 2026 – 30. november 2026",
    );
  });

  it("says what credited an invoice and how many reminders it had", () => {
    const invoice = { kind: "INVOICE" as const, creditNote: null, reminders: [] };
    const reminder = { feeOre: 0, dueDate: new Date("2026-12-01") };
    expect(invoiceNoteText(invoice)).toBe("–");
    expect(invoiceNoteText({ ...invoice, reminders: [reminder, reminder] })).toBe("2 purringer");
    expect(invoiceNoteText({ ...invoice, creditNote: { invoiceNumber: 12 }, reminders: [reminder] })).toBe(
      "Kreditert av nr. 12, 1 purring",
    );
    expect(invoiceNoteText({ ...invoice, kind: "CREDIT_NOTE" })).toBe("Kreditnota");
  });
});
