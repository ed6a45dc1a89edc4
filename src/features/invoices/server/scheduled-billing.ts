import "server-only";
// The billing run on its schedule (src/platform/jobs/recurring-jobs.ts): every day after the morning's
// readings, the previous month (its first run issues it; later ones cost one query when all is issued)
// and every earlier month still holding an invoice back for readings that may have arrived since.
import { db } from "@/platform/db";
import { osloDate } from "@/platform/time/oslo-calendar";
import { previousMonth } from "../domain/billing-period";
import { type BillingRunResult, runBilling } from "./billing-run";

export async function runScheduledBilling(now = new Date()): Promise<Record<string, BillingRunResult>> {
  const held = await db.billingItem.findMany({
    where: { status: "HELD" },
    distinct: ["periodStart"],
    select: { periodStart: true },
  });
  const months = new Set([
    ...held.map((item) => item.periodStart.toISOString().slice(0, 7)),
    previousMonth(osloDate(now)),
  ]);
  const results: Record<string, BillingRunResult> = {};
  for (const month of [...months].sort()) results[month] = await runBilling(month, { now });
  return results;
}
