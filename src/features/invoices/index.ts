// The public surface of the invoices feature's domain (safe in a browser bundle).

// The customer's side: an invoice's derived status and its words.
export type { InvoiceStatus, InvoiceStatusInput, InvoiceStatusResult } from "./domain/invoice-status";
export {
  INVOICE_STATUS_LABELS,
  INVOICE_STATUSES,
  invoiceStatus,
  OPEN_STATUSES,
} from "./domain/invoice-status";
export {
  accountNumberText,
  billedMonthName,
  documentTitle,
  forbrukMonthHref,
  GRID_COMPANY_NOTE,
  PAYMENT_ACCOUNT,
} from "./domain/invoice-words";
