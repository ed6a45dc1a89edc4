// The contract document (PDF) of one of the signed-in customer's own contracts:
// /min-side/avtale/<contract id>/avtale.pdf. Another customer's contract, or none, is 404.
import { getSessionUser } from "@/features/sign-in/routes";
import { customerContractDocument } from "@/features/terms/server";
import { plainTextResponse } from "@/platform/http/plain-text";
import { ZUuid } from "@/platform/identifiers/uuid";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ contractId: string }> }) {
  const user = await getSessionUser();
  if (!user) return plainTextResponse("Du må logge inn for å laste ned avtalen.", 401);
  if (user.role !== "CUSTOMER" || !user.customerId) return plainTextResponse("Fant ikke siden.", 404);
  const contractId = ZUuid.safeParse((await params).contractId);
  if (!contractId.success) return plainTextResponse("Fant ikke avtalen.", 404);
  const document = await customerContractDocument(user.customerId, contractId.data);
  if (!document) return plainTextResponse("Fant ikke avtalen.", 404);
  return new Response(new Uint8Array(document.content), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${document.filename}"`,
      "Content-Length": String(document.content.length),
      "Cache-Control": "no-store",
    },
  });
}
