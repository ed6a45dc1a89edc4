"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { monthName } from "@/features/consumption";
import { CREDIT_REASON_MAX_LENGTH, ZBillingRun, ZCreditInvoice } from "@/features/invoices";
import { creditInvoiceAsStaff, runBillingAsStaff } from "@/features/invoices/server";
import { requireStaff } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";

function invoicesText(count: number): string {
  return count === 1 ? "1 faktura" : `${count} fakturaer`;
}

/** "Kjør fakturering for <måned>": administrators only (the service checks again); running twice issues nothing twice. */
export const runBillingAction = formAction({
  event: "billing.run",
  guard: () => requireStaff("ADMIN"),
  schema: ZBillingRun,
  run: (input, admin) => runBillingAsStaff(admin, input.month),
  failures: { "month-not-ended": "Bare en måned som er over, kan faktureres." },
  done: ({ issued, held, alreadyDone }, input) => {
    revalidatePath("/admin/faktura");
    return {
      ok: true,
      message: `Faktureringen for ${monthName(input.month)} er kjørt: ${invoicesText(issued)} utstedt, ${held} holdt tilbake, ${alreadyDone} var fakturert fra før.`,
    };
  },
});

/** "Krediter faktura": administrators only; the credit note is issued in full with the reason. */
export const creditInvoiceAction = formAction({
  event: "invoice.credit",
  guard: () => requireStaff("ADMIN"),
  schema: ZCreditInvoice,
  echo: { reason: CREDIT_REASON_MAX_LENGTH },
  run: (input, admin) => creditInvoiceAsStaff(admin, { invoiceId: input.invoiceId, reason: input.reason }),
  failures: {
    "not-found": "Fakturaen finnes ikke.",
    "already-credited": "Fakturaen er allerede kreditert.",
    "is-credit-note": "Dette er en kreditnota. En kreditnota kan ikke krediteres.",
  },
  // The invoice's page then links to its credit note and says it was made.
  done: (_result, input) => {
    revalidatePath("/admin/faktura");
    redirect(`/admin/faktura/${input.invoiceId}?kreditert=1`);
  },
});
