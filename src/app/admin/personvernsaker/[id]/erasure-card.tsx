import { CarryOutErasureForm, ErasureFindingForm } from "@/app/admin/personvernsaker/case-forms";
import { erasurePreview, nonCustomerErasurePreview } from "@/features/privacy/server";
import { ErasureOutcome } from "@/features/privacy/ui";
import { Card } from "@/ui/card";

const H2 = "mb-2 text-xl font-semibold text-slate-900";

/**
 * Carrying out an open erasure request: for a customer, the same preview the customer sees on Min side
 * and the erasure itself (refused while a contract is active; not offered with the identity unverified); for
 * someone who is not a customer, what their email finds, deleted as the finding is recorded.
 */
export async function ErasureCard({
  request,
}: {
  request: {
    id: string;
    customerId: string | null;
    requesterEmail: string | null;
    identityVerification: string | null;
    customer: { anonymisedAt: Date | null } | null;
  };
}) {
  if (request.customerId && !request.customer?.anonymisedAt) {
    const preview = await erasurePreview(request.customerId);
    if (!preview) return null;
    return (
      <Card aria-labelledby="sletting">
        <h2 id="sletting" className={H2}>
          Slett kundens opplysninger
        </h2>
        {preview.activeContracts > 0 ? (
          <p role="note" className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
            Kunden har en aktiv avtale, så opplysningene kan ikke slettes nå: vi trenger dem for å levere
            strøm og fakturere. Avtalen må avsluttes først; forleng fristen eller avvis saken med en
            begrunnelse til kunden.
          </p>
        ) : !request.identityVerification ? (
          <p role="note" className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
            Saken sier ikke hvordan identiteten ble bekreftet, så vi sletter ikke. Avvis den, og registrer den
            på nytt når identiteten er bekreftet.
          </p>
        ) : (
          <p className="text-slate-700">
            Slik blir det når du sletter. Innloggingen forsvinner med opplysningene, så svaret sendes på
            e-post.
          </p>
        )}
        <ErasureOutcome erased={preview.erased} kept={preview.kept} />
        {/* Shown under an active contract too: the erasure then refuses with the same explanation. */}
        {request.identityVerification && (
          <div className="mt-6 max-w-md">
            <CarryOutErasureForm requestId={request.id} />
          </div>
        )}
      </Card>
    );
  }
  if (request.customerId) return null;
  const found = request.requesterEmail
    ? await nonCustomerErasurePreview(request.requesterEmail)
    : { inquiries: 0, applications: 0 };
  return (
    <Card aria-labelledby="sletting">
      <h2 id="sletting" className={H2}>
        Slett og registrer hva vi fant
      </h2>
      <p className="text-slate-700">
        Den som spurte, er ikke kunde, så ingenting ligger i kundeopplysningene. Med e-postadressen fant vi:
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
        <li>{found.inquiries} henvendelser registrert av kundeservice</li>
        <li>{found.applications} uferdige søknader om å bli kunde</li>
      </ul>
      <p className="mt-2 text-slate-700">
        Disse slettes når du fullfører. Selve forespørselen beholdes for å dokumentere svaret.
      </p>
      <div className="mt-4 max-w-xl">
        <ErasureFindingForm requestId={request.id} />
      </div>
    </Card>
  );
}
