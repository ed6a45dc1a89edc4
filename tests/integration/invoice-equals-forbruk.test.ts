// The invoice a customer gets equals what Forbruk shows as "Fra Klarkraft" for the month it bills, to the
// øre (#22): on the demo data, with the billing run run for each of the twelve months before today (a
// month the seed has billed already is not billed again). Invoices of one metering point and month (a
// contract changed within it) are added up, as Forbruk's month covers both.
import { beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/features/consumption/domain/view";
import { getConsumption } from "@/features/consumption/server";
import { billedMonth } from "@/features/invoices/domain/invoice-words";
import { getCustomerInvoice, listCustomerInvoices, runBilling } from "@/features/invoices/server";
import { db } from "@/platform/db";
import { addMonths, osloDate } from "@/platform/time/oslo-calendar";
import { seedDemoData } from "../../prisma/seed/demo-data";

// 12:00 in Oslo on Monday 7 December 2026.
const NOW = new Date("2026-12-07T11:00:00Z");

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  for (let back = 12; back >= 1; back--) {
    await runBilling(addMonths("2026-12-01", -back).slice(0, 7), { now: NOW });
  }
}, 600_000);

describe("an invoice equals Forbruk's month", () => {
  it("every demo customer's invoice amount is Forbruk's «Fra Klarkraft» for that month and metering point", async () => {
    const customers = await db.customer.findMany({
      where: { invoices: { some: { gsrn: { not: null } } } },
      select: { id: true },
    });
    expect(customers.length).toBeGreaterThanOrEqual(5);
    let compared = 0;
    for (const { id: customerId } of customers) {
      const byMonth = new Map<string, number>();
      for (const summary of await listCustomerInvoices(customerId, NOW)) {
        // A credited invoice and its credit note cancel out; the replacement is what stands.
        if (summary.kind === "CREDIT_NOTE" || summary.status === "credited") continue;
        const invoice = await getCustomerInvoice(customerId, summary.id, NOW);
        // Only what the billing run issued: it names the metering point billed.
        if (!invoice?.gsrn) continue;
        const key = `${invoice?.gsrn}|${billedMonth(summary.periodStart)}`;
        byMonth.set(key, (byMonth.get(key) ?? 0) + summary.amountOre);
      }
      for (const [key, amountOre] of byMonth) {
        const [gsrn, month] = key.split("|") as [string, string];
        const parsed = parseView({ periode: "maned", dato: month }, osloDate(NOW));
        if (!parsed.ok) throw new Error(parsed.message);
        const data = await getConsumption(customerId, parsed.view, gsrn, NOW);
        expect(data?.cost.retailTotalOre, `${gsrn} ${month}`).toBe(amountOre);
        compared++;
      }
    }
    // A year of invoices for each of the demo customers.
    expect(compared).toBeGreaterThanOrEqual(customers.length * 10);
  }, 300_000);
});
