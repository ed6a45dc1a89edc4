// Audit actions of staff reading invoices and the billing run's outcome (looks at a customer's data).
import type { z } from "zod";
import { look } from "./fields";

export const STAFF_INVOICE_ACTIONS = {
  /** An invoice page opened by staff: the buyer, lines, payments and reminders shown. */
  "invoice.view": look,
  /** The billing month on /admin/faktura: one row per customer whose contract it lists as held back. */
  "billing.held.list": look,
} as const satisfies Record<string, z.ZodType>;
