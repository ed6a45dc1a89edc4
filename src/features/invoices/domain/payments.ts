// The staff forms of payments from the bank: uploading an OCR giro file and assigning an unmatched
// payment to an invoice by its number.
import { z } from "zod";
import { ZUuid } from "@/platform/identifiers/uuid";

/** The largest OCR file a staff member may upload (below the portal's 1 MB request limit): ~5,500 payments. */
export const MAX_PAYMENT_FILE_BYTES = 900_000;
export const MAX_PAYMENT_FILE_NAME_LENGTH = 200;

export const ZPaymentFileUpload = z.object({
  file: z
    .file({ error: "Velg en OCR-fil fra banken." })
    .min(1, { error: "Filen er tom. Velg OCR-filen fra banken." })
    .max(MAX_PAYMENT_FILE_BYTES, {
      error: "Filen er større enn 900 kB. Del den opp, eller vent på bankens henting.",
    }),
});

export const ZAssignPayment = z.object({
  paymentId: ZUuid,
  invoiceNumber: z
    .string({ error: "Skriv fakturanummeret." })
    .trim()
    .regex(/^\d{1,9}$/, { error: "Fakturanummeret er bare sifre, for eksempel 1042." })
    .transform(Number),
});
