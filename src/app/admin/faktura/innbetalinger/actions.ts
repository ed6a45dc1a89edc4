"use server";

import { revalidatePath } from "next/cache";
import { unstable_rethrow } from "next/navigation";
import { ZAssignPayment, ZPaymentFileUpload } from "@/features/invoices";
import { assignPayment, importPaymentFile } from "@/features/invoices/server";
import { requireStaff } from "@/features/sign-in/routes";
import { FORM_UNAVAILABLE, formAction } from "@/platform/form-action";
import { type FormState, failed, invalid } from "@/platform/form-state";
import { logError } from "@/platform/log";

const PAGE = "/admin/faktura/innbetalinger";

/**
 * Reads an uploaded OCR giro file in. Built by hand rather than with formAction, which reads text fields
 * only: the same steps (guard first, zod, typed failures, a generic message for anything unexpected).
 */
export async function uploadPaymentFile(_previous: FormState, form: FormData): Promise<FormState> {
  try {
    const staff = await requireStaff("SUPPORT");
    if (!(form instanceof FormData)) return failed(FORM_UNAVAILABLE);
    const parsed = ZPaymentFileUpload.safeParse({ file: form.get("file") });
    if (!parsed.success) return invalid(parsed.error);
    // OCR files are ISO-8859-1; their records hold digits, spaces and letters only.
    const content = new TextDecoder("latin1").decode(await parsed.data.file.arrayBuffer());
    const result = await importPaymentFile(
      { fileName: parsed.data.file.name || "opplastet-fil", content },
      { source: "upload", userId: staff.userId, role: staff.role },
    );
    if (!result.ok)
      return failed(`Filen ble ikke lest inn. ${result.message}`, {}, { file: [result.message] });
    revalidatePath(PAGE);
    if (result.duplicate) {
      return { ok: true, message: "Denne filen er lest inn før. Ingenting er endret." };
    }
    return {
      ok: true,
      message: `Lest inn ${result.payments} innbetalinger: ${result.matched} koblet til faktura med KID, ${result.unmatched} til behandling.`,
    };
  } catch (error) {
    unstable_rethrow(error);
    logError("action.payment-file.upload", error);
    return failed(FORM_UNAVAILABLE);
  }
}

export const assignPaymentAction = formAction({
  event: "payment.assign",
  guard: () => requireStaff("SUPPORT"),
  schema: ZAssignPayment,
  echo: { invoiceNumber: 9 },
  run: (input, staff) => assignPayment(staff, input),
  failures: {
    forbidden: "Du har ikke tilgang til å koble innbetalinger.",
    "not-found": "Innbetalingen finnes ikke lenger. Last siden på nytt.",
    "already-matched": "Innbetalingen er allerede koblet til en faktura.",
    "no-invoice": {
      field: "invoiceNumber",
      message: "Ingen faktura har dette nummeret.",
      formError: "Fant ikke fakturaen. Sjekk nummeret.",
    },
    "credit-note": {
      field: "invoiceNumber",
      message: "Nummeret tilhører en kreditnota. Skriv nummeret på fakturaen som er betalt.",
      formError: "En innbetaling kobles til en faktura, ikke en kreditnota.",
    },
  },
  done: (result) => {
    revalidatePath(PAGE);
    return { ok: true, message: `Innbetalingen er koblet til faktura ${result.invoiceNumber}.` };
  },
});
