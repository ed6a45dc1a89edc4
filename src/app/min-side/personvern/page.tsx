import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import {
  DecisionReviewForm,
  EmailForm,
  ErasureForm,
  ObjectionForm,
  PhoneForm,
  RectificationForm,
  RestrictionForm,
} from "@/app/min-side/personvern/forms";
import { deadlineText, OBJECTION_NAMES, OPEN_STATUSES } from "@/features/privacy";
import {
  effectiveDueAt,
  erasurePreview,
  getPrivacyChoices,
  listOwnPrivacyRequests,
  listStaffViews,
} from "@/features/privacy/server";
import { ErasureOutcome, LimitedBy, StaffViewsTable } from "@/features/privacy/ui";
import { getCustomerProfile } from "@/features/profile/server";
import { requireCustomer } from "@/features/sign-in/routes";
import { PRIVACY_REQUEST_STATUS_LABELS, PRIVACY_REQUEST_TYPE_LABELS } from "@/platform/format/labels";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Badge } from "@/ui/badge";
import { ButtonLink } from "@/ui/button-link";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";

export const metadata: Metadata = { title: "Personvern" };

const H2 = "text-xl font-semibold text-slate-900";

export default async function PrivacyPage() {
  const session = await requireCustomer("/min-side/personvern");
  const [profile, choices, requests, staffViews, preview] = await Promise.all([
    getCustomerProfile(session.customerId),
    getPrivacyChoices(session.customerId),
    listOwnPrivacyRequests(session.customerId),
    listStaffViews(session.customerId),
    erasurePreview(session.customerId),
  ]);
  if (!profile || !choices || !preview) notFound();

  return (
    <div className="flex flex-col gap-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-slate-900">Personvern</h1>
        <p className="max-w-3xl text-slate-700">
          Her bruker du personvernrettighetene dine selv. Det du ber oss om, følger du under «Forespørslene
          dine» fram til svaret. Vi svarer innen én måned. Les mer i{" "}
          <Link href="/personvern" className="text-brand-700 underline">
            personvernerklæringen
          </Link>
          .
        </p>
      </header>

      <Card aria-labelledby="foresporsler">
        <h2 id="foresporsler" className={H2}>
          Forespørslene dine
        </h2>
        {requests.length === 0 ? (
          <p className="mt-2 text-slate-700">Du har ikke sendt noen forespørsler om personvern.</p>
        ) : (
          <div className="mt-4">
            <DataTable
              id="foresporsler-tabell"
              caption="Forespørslene dine, den nyeste først"
              hideCaption
              columns={["Forespørsel", "Mottatt", "Status", "Svar senest"]}
              minWidthClass="min-w-[36rem]"
            >
              {requests.map((request) => {
                const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
                return (
                  <tr key={request.id}>
                    <RowHeader>
                      <Link
                        href={`/min-side/personvern/foresporsler/${request.id}`}
                        className="text-brand-700 underline"
                      >
                        {PRIVACY_REQUEST_TYPE_LABELS[request.type]}
                      </Link>
                    </RowHeader>
                    <Cell>{osloDateTime(request.receivedAt)}</Cell>
                    <Cell>
                      <Badge tone={open ? "warning" : "success"}>
                        {PRIVACY_REQUEST_STATUS_LABELS[request.status]}
                      </Badge>
                    </Cell>
                    <Cell>{open ? deadlineText(effectiveDueAt(request)) : "–"}</Cell>
                  </tr>
                );
              })}
            </DataTable>
          </div>
        )}
      </Card>

      <Card aria-labelledby="innsyn">
        <h2 id="innsyn" className={H2}>
          Innsyn: en kopi av opplysningene dine
        </h2>
        <p className="mt-2 text-slate-700">
          Kopien viser alt vi har om deg, med formål, rettslig grunnlag, hvor vi har det fra, hvem vi deler
          det med og hvor lenge vi oppbevarer det. Du får den med en gang.
        </p>
        <div className="mt-4 flex flex-wrap gap-3">
          <ButtonLink href="/min-side/personvern/innsyn">Se kopien (kan skrives ut)</ButtonLink>
          <ButtonLink href="/min-side/personvern/innsyn/json" variant="secondary" prefetch={false}>
            Last ned som JSON
          </ButtonLink>
        </div>
        <h3 id="hvem-har-sett" className="mt-6 text-lg font-semibold text-slate-900">
          Hvem har sett på opplysningene mine
        </h3>
        <p className="mt-1 text-slate-700">
          Hver gang en ansatt søker deg opp eller åpner opplysningene dine, blir det logget. Her ser du rollen
          og tidspunktet.
        </p>
        <div className="mt-3">
          <StaffViewsTable id="hvem-har-sett-tabell" views={staffViews} />
        </div>
        <LimitedBy type="ACCESS" />
      </Card>

      <Card aria-labelledby="dataportabilitet">
        <h2 id="dataportabilitet" className={H2}>
          Dataportabilitet
        </h2>
        <p className="mt-2 text-slate-700">
          Last ned opplysningene du har gitt oss og som avtalen har generert – kontaktinformasjon, avtaler,
          målepunkter, forbruk, fakturaer og henvendelser – som JSON og CSV i én ZIP-fil, klar til å ta med
          til en annen leverandør. Tidspunkter står i norsk tid med tidssone (ISO 8601).
        </p>
        <div className="mt-4">
          <ButtonLink href="/min-side/personvern/dataportabilitet" variant="secondary" prefetch={false}>
            Last ned ZIP-fil
          </ButtonLink>
        </div>
        <LimitedBy type="PORTABILITY" />
      </Card>

      <Card aria-labelledby="retting">
        <h2 id="retting" className={H2}>
          Retting
        </h2>
        <p className="mt-2 text-slate-700">
          E-post og telefon retter du selv. Nå: {profile.email ?? "ingen e-post"},{" "}
          {profile.phone ?? "ingen telefon"}.
        </p>
        <div className="mt-4 grid gap-8 md:grid-cols-2">
          <div>
            <h3 className="mb-2 text-lg font-semibold text-slate-900">Telefon</h3>
            <PhoneForm phone={profile.phone} />
          </div>
          <div>
            <h3 className="mb-2 text-lg font-semibold text-slate-900">E-post</h3>
            <EmailForm />
          </div>
        </div>
        <h3 className="mt-8 text-lg font-semibold text-slate-900">
          Navn, adresse, fødselsnummer eller målepunkt
        </h3>
        <p className="mt-1 mb-3 text-slate-700">
          Disse henter vi fra Folkeregisteret og Elhub. Send oss en forespørsel, så kontrollerer vi og retter
          dem.
        </p>
        <RectificationForm />
        <LimitedBy type="RECTIFICATION" />
      </Card>

      <Card aria-labelledby="begrensning">
        <h2 id="begrensning" className={H2}>
          Begrensning
        </h2>
        <p className="mt-2 text-slate-700">
          {choices.restrictedAt
            ? `Behandlingen er begrenset fra ${osloDateTime(choices.restrictedAt)}. Vi bruker ikke opplysningene dine til markedsføring, profilering eller statistikk.`
            : "Når du begrenser behandlingen, bruker vi ikke opplysningene dine til markedsføring, profilering eller statistikk før du opphever begrensningen. Strømleveransen og fakturaene går som før."}
        </p>
        <div className="mt-4">
          <RestrictionForm restricted={Boolean(choices.restrictedAt)} />
        </div>
        <LimitedBy type="RESTRICTION" />
      </Card>

      <Card aria-labelledby="protest">
        <h2 id="protest" className={H2}>
          Protest
        </h2>
        <ul className="mt-2 space-y-1 text-slate-700">
          <li>
            Direkte markedsføring:{" "}
            {choices.marketingObjectedAt
              ? `du har protestert (${osloDateTime(choices.marketingObjectedAt)}).`
              : "ingen protest."}
          </li>
          <li>
            Profilering:{" "}
            {choices.profilingObjectedAt
              ? `du har protestert (${osloDateTime(choices.profilingObjectedAt)}).`
              : "ingen protest."}
          </li>
        </ul>
        <p className="mt-2 text-slate-700">
          En protest mot direkte markedsføring gjelder straks og uten unntak.
        </p>
        <div className="mt-4 flex flex-col gap-4 sm:flex-row">
          <ObjectionForm
            kind="marketing"
            objected={Boolean(choices.marketingObjectedAt)}
            label={OBJECTION_NAMES.marketing}
          />
          <ObjectionForm
            kind="profiling"
            objected={Boolean(choices.profilingObjectedAt)}
            label={OBJECTION_NAMES.profiling}
          />
        </div>
        <LimitedBy type="OBJECTION" />
        <h3 className="mt-8 text-lg font-semibold text-slate-900">
          Ny vurdering av en automatisk avgjørelse
        </h3>
        <p className="mt-1 mb-3 text-slate-700">
          {choices.automatedCreditDecision
            ? "Kredittsjekken da du ble kunde, ble avgjort automatisk. Du kan be om at en person hos oss vurderer den på nytt."
            : "Vi har ikke registrert noen automatisk avgjørelse om deg. Mener du at vi har tatt en, kan du be om at en person hos oss ser på saken."}
        </p>
        <DecisionReviewForm />
        <LimitedBy type="AUTOMATED_DECISION_REVIEW" />
      </Card>

      <Card aria-labelledby="sletting">
        <h2 id="sletting" className={H2}>
          Sletting
        </h2>
        {preview.activeContracts > 0 ? (
          <p className="mt-2 text-slate-700">
            Du har en aktiv strømavtale. Mens vi leverer strøm til deg, trenger vi opplysningene dine, så de
            kan ikke slettes nå. Du kan{" "}
            <a href="/min-side/avtale" className="text-brand-700 underline">
              si opp avtalen under Avtale
            </a>
            . Når avtalen er avsluttet, kan du slette opplysningene her.
          </p>
        ) : (
          <p className="mt-2 text-slate-700">Slik blir det hvis du sletter opplysningene dine nå:</p>
        )}
        <ErasureOutcome erased={preview.erased} kept={preview.kept} />
        {preview.activeContracts === 0 && (
          <div className="mt-6 max-w-md">
            <ErasureForm />
          </div>
        )}
        <LimitedBy type="ERASURE" />
      </Card>
    </div>
  );
}
