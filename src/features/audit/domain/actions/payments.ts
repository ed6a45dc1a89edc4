// Audit actions of payments from the bank: OCR giro files read in (by staff or by the bank job) and
// unmatched payments assigned to an invoice by staff. Counts and ids only, never a KID or an account.
import { z } from "zod";
import { count, id } from "./fields";

export const PAYMENT_ACTIONS = {
  /** A file's payments were recorded: how many, and how many found their invoice by KID. */
  "payment-import.imported": z.strictObject({
    source: z.enum(["upload", "bank"]),
    payments: count,
    matched: count,
    unmatched: count,
  }),
  /** A file was refused whole (malformed or truncated); nothing was recorded. */
  "payment-import.refused": z.strictObject({ source: z.enum(["upload", "bank"]), line: count }),
  /** Staff assigned an unmatched payment to an invoice. */
  "payment.assigned": z.strictObject({ invoiceId: id, importId: id }),
} as const satisfies Record<string, z.ZodType>;
