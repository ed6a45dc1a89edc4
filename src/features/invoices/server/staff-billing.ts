import "server-only";
// What staff may do to invoices from /admin/faktura: start the billing run for a month and credit an
// invoice. Both are for administrators only: they issue accounting documents to customers. The pages and
// actions check the role first; these check it again rather than rely on them.
import { type Admin, assertAdmin } from "@/features/staff/server";
import { osloDate } from "@/platform/time/oslo-calendar";
import { isMonthOver } from "../domain/billing-period";
import { runBilling } from "./billing-run";
import { issueCreditNote } from "./credit-note";

export type BillingRunOutcome =
  | { ok: true; issued: number; held: number; alreadyDone: number }
  | { ok: false; reason: "month-not-ended" };

/** Runs billing for a month that has ended ("2026-11"); idempotent, as the run is. */
export async function runBillingAsStaff(
  admin: Admin,
  month: string,
  now = new Date(),
): Promise<BillingRunOutcome> {
  assertAdmin(admin);
  if (!isMonthOver(month, osloDate(now))) return { ok: false, reason: "month-not-ended" };
  const result = await runBilling(month, { now, actor: { userId: admin.userId, role: admin.role } });
  return { ok: true, ...result };
}

/** Credits an invoice in full with the administrator's reason. */
export async function creditInvoiceAsStaff(admin: Admin, input: { invoiceId: string; reason: string }) {
  assertAdmin(admin);
  return issueCreditNote({ ...input, actor: { userId: admin.userId, role: admin.role } });
}
