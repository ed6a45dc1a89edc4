// The contract document (PDF) of one of the signed-in customer's own contracts:
// /min-side/avtale/avtaledokument?kontrakt=<id>. Another customer's contract, or none, is 404.
import { z } from "zod";
import { getSessionUser } from "@/features/sign-in/routes";
import { customerContractDocument } from "@/features/terms/server";
import { plainTextResponse } from "@/platform/http/plain-text";
import { ZUuid } from "@/platform/identifiers/uuid";

export const dynamic = "force-dynamic";

const ZQuery = z.object({
  kontrakt: z.array(ZUuid, { error: "Ukjent avtale." }).length(1, "Velg én avtale."),
});

export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return plainTextResponse("Du må logge inn for å laste ned avtalen.", 401);
  if (user.role !== "CUSTOMER" || !user.customerId) return plainTextResponse("Fant ikke siden.", 404);
  const params = new URL(request.url).searchParams;
  const parsed = ZQuery.safeParse({ kontrakt: params.getAll("kontrakt") });
  if (!parsed.success) return plainTextResponse(parsed.error.issues[0]?.message ?? "Ukjent avtale.", 400);
  const [contractId = ""] = parsed.data.kontrakt;
  const document = await customerContractDocument(user.customerId, contractId);
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
