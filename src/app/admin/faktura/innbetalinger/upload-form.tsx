"use client";

import { uploadPaymentFile } from "@/app/admin/faktura/innbetalinger/actions";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";

/** One OCR giro file from the bank (when the bank's own delivery is not set up, or a file was missed). */
export function UploadForm() {
  return (
    <ActionForm action={uploadPaymentFile} submitLabel="Les inn filen" pendingLabel="Leser inn …">
      {(failure) => (
        <TextField
          name="file"
          type="file"
          label="OCR-fil fra banken"
          hint="Nets' OCR giro-format (.txt), høyst 900 kB. Samme fil to ganger endrer ingenting."
          accept=".txt,.ocr,text/plain"
          errors={failure?.fieldErrors.file}
        />
      )}
    </ActionForm>
  );
}
