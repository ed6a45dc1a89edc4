// Audit actions of invoicing's issuing core: the billing run (SYSTEM, or the staff member who started it)
// and a credit note (the run's after a revised reading, or staff's with a reason).
import { z } from "zod";
import { code, count, id } from "./fields";

export const BILLING_ACTIONS = {
  /** One billing run for a month: what it issued, held back, found done, reissued after revisions. */
  "billing.run": z.strictObject({
    month: code,
    issued: count,
    held: count,
    alreadyDone: count,
    reissued: count,
    failed: count,
  }),
  /** A credit note crediting an invoice in full; `replacement` when a corrected invoice replaced it. */
  "billing.credit-note": z.strictObject({
    invoiceId: id,
    creditNoteId: id,
    cause: z.enum(["staff", "revised-readings"]),
    replacementId: id.optional(),
  }),
} as const satisfies Record<string, z.ZodType>;
