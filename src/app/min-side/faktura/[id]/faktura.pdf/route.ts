// The PDF of one of the signed-in customer's own invoices or credit notes:
// /min-side/faktura/<invoice id>/faktura.pdf. Another customer's invoice, or none, is 404.
import { customerInvoicePdf } from "@/features/invoices/server";
import { getSessionUser } from "@/features/sign-in/routes";
import { plainTextResponse } from "@/platform/http/plain-text";
import { ZUuid } from "@/platform/identifiers/uuid";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getSessionUser();
  if (!user) return plainTextResponse("Du må logge inn for å laste ned fakturaen.", 401);
  if (user.role !== "CUSTOMER" || !user.customerId) return plainTextResponse("Fant ikke siden.", 404);
  const invoiceId = ZUuid.safeParse((await params).id);
  if (!invoiceId.success) return plainTextResponse("Fant ikke fakturaen.", 404);
  const pdf = await customerInvoicePdf(user.customerId, invoiceId.data);
  if (!pdf) return plainTextResponse("Fant ikke fakturaen.", 404);
  return new Response(new Uint8Array(pdf.content), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${pdf.filename}"`,
      "Content-Length": String(pdf.content.length),
      "Cache-Control": "no-store",
    },
  });
}
