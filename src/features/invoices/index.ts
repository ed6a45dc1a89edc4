// Invoices: the public surface of domain/ (safe in a browser bundle).

// Payments from the bank: the staff forms.
export {
  MAX_PAYMENT_FILE_BYTES,
  MAX_PAYMENT_FILE_NAME_LENGTH,
  ZAssignPayment,
  ZPaymentFileUpload,
} from "./domain/payments";
