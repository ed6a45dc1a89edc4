import { describe, expect, it } from "vitest";
import { type InvoiceStatusInput, invoiceStatus } from "@/features/invoices";

/** An invoice of 1 250,00 kr due 21 December 2026, nothing paid, no reminder, seen on 10 December. */
const base: InvoiceStatusInput = {
  kind: "INVOICE",
  amountOre: 125_000,
  dueDate: "2026-12-21",
  paidOre: 0,
  reminders: [],
  credited: false,
  today: "2026-12-10",
};

describe("an invoice's status", () => {
  it("is ubetalt before the due date with nothing paid, the whole amount outstanding", () => {
    expect(invoiceStatus(base)).toEqual({
      status: "unpaid",
      outstandingOre: 125_000,
      overpaidOre: 0,
      payBy: "2026-12-21",
    });
  });

  it("is still ubetalt on the due date itself, and forfalt the day after", () => {
    expect(invoiceStatus({ ...base, today: "2026-12-21" }).status).toBe("unpaid");
    expect(invoiceStatus({ ...base, today: "2026-12-22" })).toMatchObject({
      status: "overdue",
      outstandingOre: 125_000,
    });
  });

  it("is delvis betalt with part paid before the due date, the rest outstanding", () => {
    expect(invoiceStatus({ ...base, paidOre: 50_000 })).toMatchObject({
      status: "partly-paid",
      outstandingOre: 75_000,
    });
  });

  it("is forfalt when only part is paid and the due date has passed", () => {
    expect(invoiceStatus({ ...base, paidOre: 50_000, today: "2027-01-02" })).toMatchObject({
      status: "overdue",
      outstandingOre: 75_000,
    });
  });

  it("is betalt when the payments equal the amount, even after the due date", () => {
    expect(invoiceStatus({ ...base, paidOre: 125_000, today: "2027-02-01" })).toEqual({
      status: "paid",
      outstandingOre: 0,
      overpaidOre: 0,
      payBy: "2026-12-21",
    });
  });

  it("is overbetalt when more than the amount is paid, with the excess", () => {
    expect(invoiceStatus({ ...base, paidOre: 130_000 })).toMatchObject({
      status: "overpaid",
      outstandingOre: 0,
      overpaidOre: 5_000,
    });
  });

  it("is purret after a reminder: the fee is owed too and the reminder's due date is the one to pay by", () => {
    const reminded = {
      ...base,
      today: "2027-01-10",
      reminders: [{ feeOre: 3_500, dueDate: "2027-01-20" }],
    };
    expect(invoiceStatus(reminded)).toEqual({
      status: "reminded",
      outstandingOre: 128_500,
      overpaidOre: 0,
      payBy: "2027-01-20",
    });
    // The amount alone paid after the reminder leaves the fee.
    expect(invoiceStatus({ ...reminded, paidOre: 125_000 })).toMatchObject({
      status: "reminded",
      outstandingOre: 3_500,
    });
    expect(invoiceStatus({ ...reminded, paidOre: 128_500 }).status).toBe("paid");
  });

  it("takes the latest of two reminders' due dates", () => {
    const result = invoiceStatus({
      ...base,
      today: "2027-02-10",
      reminders: [
        { feeOre: 3_500, dueDate: "2027-02-20" },
        { feeOre: 0, dueDate: "2027-01-20" },
      ],
    });
    expect(result).toMatchObject({ status: "reminded", outstandingOre: 128_500, payBy: "2027-02-20" });
  });

  it("is kreditert when a credit note credits it: nothing owed, a payment already made is to be paid back", () => {
    expect(invoiceStatus({ ...base, credited: true, today: "2027-03-01" })).toMatchObject({
      status: "credited",
      outstandingOre: 0,
      overpaidOre: 0,
    });
    expect(invoiceStatus({ ...base, credited: true, paidOre: 125_000 })).toMatchObject({
      status: "credited",
      outstandingOre: 0,
      overpaidOre: 125_000,
    });
  });

  it("shows a credit note as kreditnota, never as something to pay", () => {
    expect(
      invoiceStatus({ ...base, kind: "CREDIT_NOTE", amountOre: -125_000, today: "2027-03-01" }),
    ).toMatchObject({ status: "credit-note", outstandingOre: 0, overpaidOre: 0 });
  });
});
