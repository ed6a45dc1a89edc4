import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import {
  ApplicantForm,
  ButtonForm,
  CompleteForm,
  MeteringPointForm,
  MeterSearchForm,
} from "@/app/bli-kunde/step-forms";
import { oreWithVat, PRODUCT_OFFERS, withVat } from "@/features/contracts";
import {
  APPLICATION_EXPIRY_DAYS,
  CREDIT_REASON_TEXT,
  CREDIT_RULES_TEXT,
  type CreditReasonCode,
  NORGESPRIS_TEXT,
  PRODUCT_DESCRIPTIONS,
  START_DATE_MAX_DAYS,
  START_DATE_MIN_DAYS,
  stepFor,
} from "@/features/onboarding";
import type { ApplicationView, MeteringPointOption, RegistryErrorCode } from "@/features/onboarding/server";
import { currentApplication } from "@/features/onboarding/server";
import { isVatExempt, RATES, rateOn } from "@/features/pricing";
import { decimalText, kronerText } from "@/platform/format/display";
import { DAY_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";
import {
  creditCheckAction,
  requestReviewAction,
  retryIdentityAction,
  searchAgainAction,
  startOverAction,
  useRegisteredAddressAction,
} from "./actions";

export const metadata: Metadata = { title: "Bli kunde" };
// Every view depends on this browser's application: never prerendered or cached.
export const dynamic = "force-dynamic";

const STEPS = ["Om deg", "Identitet", "Målepunkt", "Kredittsjekk", "Avtale"] as const;

// An unknown number and a name that does not match get the same words: the page must not confirm
// to someone who knows only a national ID that the person exists.
const NO_SUCH_PERSON =
  "Vi fant ingen person med dette fødselsnummeret og navnet i Folkeregisteret. Skriv navnet og fødselsnummeret slik de er registrert, og start på nytt.";

const IDENTITY_ERRORS: Partial<Record<RegistryErrorCode, string>> = {
  "identity-not-found": NO_SUCH_PERSON,
  "identity-deceased":
    "Folkeregisteret oppgir at personen med dette fødselsnummeret er død. Vi kan ikke opprette avtale.",
  "identity-not-resident":
    "Folkeregisteret oppgir at du ikke er bosatt i Norge. Ta kontakt med kundeservice, så hjelper vi deg.",
  "identity-name-mismatch": NO_SUCH_PERSON,
  "identity-minor": "Du må være 18 år for å inngå en strømavtale.",
};

const UNAVAILABLE = (service: string) =>
  `Vi får ikke svar fra ${service} akkurat nå. Opplysningene dine er lagret, så du kan prøve igjen om litt – nå eller senere i denne nettleseren.`;

function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "warning" }) {
  return (
    <div
      role={tone === "warning" ? "alert" : "status"}
      className={`rounded-md border p-4 ${tone === "warning" ? "border-amber-600 bg-amber-50" : "border-brand-700 bg-brand-50"}`}
    >
      {children}
    </div>
  );
}

function Progress({ current }: { current: number }) {
  return (
    <ol aria-label="Steg i søknaden" className="flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {STEPS.map((step, i) => (
        <li
          key={step}
          aria-current={i === current ? "step" : undefined}
          className={i === current ? "font-semibold text-brand-800" : "text-slate-700"}
        >
          {i + 1}. {step}
        </li>
      ))}
    </ol>
  );
}

function pointText(point: MeteringPointOption) {
  return {
    gsrn: point.gsrn,
    title: `${point.street}, ${point.postalCode} ${point.city}`,
    details: `Målepunkt-ID ${point.gsrn} · målernummer ${point.meterNumber} · prisområde ${point.priceArea} · nettselskap ${point.gridCompany}`,
  };
}

/** Today's offers as Avtale shows them: with and without VAT, or without only where the point is exempt. */
function productChoices(municipality: string | null) {
  const exempt = isVatExempt(municipality);
  const vat = exempt ? 0 : (rateOn(RATES.vatBasisPoints, osloDate(new Date()))?.value ?? 0);
  const both = (excl: string, incl: string) =>
    exempt ? `${excl} (ingen mva. på strøm i Nord-Norge)` : `${incl} med mva. (${excl} uten mva.)`;
  return Object.values(PRODUCT_OFFERS).map((offer) => ({
    id: offer.product,
    name: offer.name,
    description: PRODUCT_DESCRIPTIONS[offer.product],
    prices: [
      offer.fixedPriceOrePerKwh !== null
        ? `Energipris: ${both(`${decimalText(offer.fixedPriceOrePerKwh)} øre/kWh`, `${decimalText(withVat(offer.fixedPriceOrePerKwh, vat))} øre/kWh`)}`
        : `Påslag: ${both(`${decimalText(offer.markupOrePerKwh)} øre/kWh`, `${decimalText(withVat(offer.markupOrePerKwh, vat))} øre/kWh`)} på toppen av spotprisen`,
      `Månedsbeløp: ${both(kronerText(offer.monthlyFeeOre), kronerText(oreWithVat(offer.monthlyFeeOre, vat)))}`,
    ],
  }));
}

const dateFromToday = (days: number) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo" }).format(new Date(Date.now() + days * DAY_MS));

function StepCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card aria-labelledby="steg-tittel" className="flex flex-col gap-4">
      <h2 id="steg-tittel" className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </Card>
  );
}

function StartOver() {
  return (
    <div className="border-t border-slate-200 pt-4">
      <p className="mb-2 text-sm text-slate-700">
        Vil du rette noe du skrev? Da starter du på nytt, og søknaden slettes.
      </p>
      <ButtonForm action={startOverAction} label="Start på nytt" pending="Sletter …" />
    </div>
  );
}

function IdentityStep({ app }: { app: ApplicationView }) {
  const error = app.lastError ? IDENTITY_ERRORS[app.lastError] : undefined;
  return (
    <StepCard title="Identitetssjekk i Folkeregisteret">
      {error ? (
        <Notice tone="warning">{error}</Notice>
      ) : (
        <>
          <Notice tone="warning">{UNAVAILABLE("Folkeregisteret")}</Notice>
          <ButtonForm action={retryIdentityAction} label="Prøv igjen" pending="Sjekker i Folkeregisteret …" />
        </>
      )}
      <StartOver />
    </StepCard>
  );
}

function MeteringPointStep({ app }: { app: ApplicationView }) {
  const registered = app.registeredAddress;
  const offerRegistered =
    registered &&
    app.fieldSources.street !== "REGISTER" &&
    (registered.street.toLowerCase() !== app.street.toLowerCase() ||
      registered.postalCode !== app.postalCode);
  const options = app.meteringPointOptions;
  return (
    <StepCard title="Målepunktet ditt i Elhub">
      <Notice>Identiteten din er bekreftet i Folkeregisteret.</Notice>
      {offerRegistered && (
        <div className="flex flex-col gap-2">
          <p>
            Folkeregisteret har adressen{" "}
            <strong>{`${registered.street}, ${registered.postalCode} ${registered.city}`}</strong>. Du skrev{" "}
            <strong>{`${app.street}, ${app.postalCode} ${app.city}`}</strong>. Vil du bruke adressen fra
            Folkeregisteret?
          </p>
          <ButtonForm
            action={useRegisteredAddressAction}
            label="Bruk adressen fra Folkeregisteret"
            pending="Lagrer …"
          />
        </div>
      )}
      {options === null ? (
        <>
          <Notice tone="warning">{UNAVAILABLE("Elhub")}</Notice>
          <ButtonForm action={searchAgainAction} label="Prøv igjen" pending="Søker i Elhub …" />
        </>
      ) : options.length === 0 ? (
        <Notice tone="warning">
          Vi fant ikke noe målepunkt i ditt navn på {app.street}, {app.postalCode}. Søk med målernummeret,
          eller ta kontakt med kundeservice.
        </Notice>
      ) : (
        <>
          <p>
            {options.length > 1
              ? "Vi fant flere målepunkter. Velg det du vil ha strøm til."
              : "Vi fant dette målepunktet. Stemmer det?"}
          </p>
          <MeteringPointForm points={options.map(pointText)} />
        </>
      )}
      {options !== null && (
        <details className="rounded-md border border-slate-200 p-3">
          <summary className="cursor-pointer font-medium">Finner du ikke målepunktet ditt?</summary>
          <div className="mt-3">
            <MeterSearchForm />
          </div>
        </details>
      )}
    </StepCard>
  );
}

function CreditStep({ app }: { app: ApplicationView }) {
  const point = app.meteringPoint;
  return (
    <StepCard title="Kredittsjekk hos Experian">
      {point && (
        <p>
          Målepunkt: {point.street}, {point.postalCode} {point.city} (prisområde {point.priceArea},{" "}
          {point.gridCompany}).
        </p>
      )}
      <h3 className="font-semibold">Slik tas avgjørelsen</h3>
      <p>
        Avgjørelsen tas automatisk ut fra kredittscoren Experian gir oss (0–100) og om du har åpne
        betalingsanmerkninger. Vi lagrer bare resultatet: dato, scoregruppe, begrunnelse og at avgjørelsen var
        automatisk – aldri selve kredittrapporten.
      </p>
      <ul className="list-disc pl-5">
        {CREDIT_RULES_TEXT.map((rule) => (
          <li key={rule}>{rule}</li>
        ))}
      </ul>
      <p>
        Experian sender deg et gjenpartsbrev som viser at Klarkraft har kredittsjekket deg. Har du
        kredittsperre, får vi ingen score, og en saksbehandler vurderer søknaden.
      </p>
      {app.lastError === "experian-unavailable" && <Notice tone="warning">{UNAVAILABLE("Experian")}</Notice>}
      <ButtonForm action={creditCheckAction} label="Kjør kredittsjekk" pending="Sjekker hos Experian …" />
    </StepCard>
  );
}

function ProductStep({ app }: { app: ApplicationView }) {
  return (
    <StepCard title="Velg avtale og lag passord">
      <Notice>
        Kredittsjekken er godkjent
        {app.reviewCase?.status === "APPROVED" ? " etter vurdering av en saksbehandler" : ""}.
      </Notice>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium">Hva er Norgespris?</summary>
        <p className="mt-2">{NORGESPRIS_TEXT}</p>
      </details>
      <CompleteForm
        products={productChoices(app.meteringPoint?.municipalityNumber ?? null)}
        minDate={dateFromToday(START_DATE_MIN_DAYS)}
        maxDate={dateFromToday(START_DATE_MAX_DAYS)}
      />
    </StepCard>
  );
}

function WaitingStep({ app }: { app: ApplicationView }) {
  const reason = app.creditReasonCode as CreditReasonCode | null;
  return (
    <StepCard title="Søknaden vurderes av en person">
      {reason && <p>{CREDIT_REASON_TEXT[reason]}</p>}
      <p>
        En saksbehandler ser på søknaden din. Vi har sendt deg en e-post med en lenke der du kan følge saken
        og fullføre når den er godkjent. Søknaden lagres i {APPLICATION_EXPIRY_DAYS} dager.
      </p>
    </StepCard>
  );
}

function DeclinedStep({ app }: { app: ApplicationView }) {
  const reason = app.creditReasonCode as CreditReasonCode | null;
  const review = app.reviewCase;
  return (
    <StepCard title="Vi kan ikke tilby deg avtale nå">
      <p>
        Kredittsjekken ga automatisk avslag. {reason ? CREDIT_REASON_TEXT[reason] : ""} Avgjørelsen er tatt
        uten at en person har sett på den.
      </p>
      {!review && (
        <>
          <p>
            Du har rett til å få avgjørelsen vurdert av en person (personvernforordningen artikkel 22). En
            saksbehandler ser da på søknaden, og du får en e-post med lenke der du følger saken.
          </p>
          <ButtonForm action={requestReviewAction} label="Be om vurdering av en person" pending="Sender …" />
        </>
      )}
      {review?.status === "REQUESTED" && (
        <Notice>
          Du har bedt om vurdering av en person. Vi har sendt deg en e-post med lenke til saken.
        </Notice>
      )}
      {review?.status === "DECLINED" && (
        <Notice tone="warning">
          En saksbehandler har vurdert søknaden, og vi kan dessverre ikke tilby deg avtale.
        </Notice>
      )}
    </StepCard>
  );
}

function Start({ alreadyCustomer }: { alreadyCustomer: boolean }) {
  return (
    <>
      {alreadyCustomer && (
        <Notice tone="warning">
          Du er allerede kunde hos oss.{" "}
          <Link href="/logg-inn" className="font-medium text-brand-700 underline">
            Logg inn i stedet
          </Link>
          .
        </Notice>
      )}
      <p>
        Det tar noen minutter. Vi sjekker identiteten din i Folkeregisteret, finner målepunktet i Elhub og
        kredittsjekker deg hos Experian. Du kan ta pause når som helst: søknaden lagres i{" "}
        {APPLICATION_EXPIRY_DAYS} dager, og du fortsetter der du slapp i denne nettleseren. Les{" "}
        <Link href="/personvern" className="font-medium text-brand-700 underline">
          personvernerklæringen
        </Link>
        .
      </p>
      <StepCard title="Om deg">
        <ApplicantForm />
      </StepCard>
    </>
  );
}

export default async function BliKundePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const app = await currentApplication();
  const step = app ? stepFor(app.status, app.creditOutcome) : null;
  const index = { identity: 1, "metering-point": 2, credit: 3, waiting: 3, declined: 3, product: 4, done: 4 }[
    step ?? "identity"
  ];
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Bli kunde</h1>
      <Progress current={app ? index : 0} />
      {!app && <Start alreadyCustomer={params["allerede-kunde"] === "1"} />}
      {app && step === "identity" && <IdentityStep app={app} />}
      {app && step === "metering-point" && <MeteringPointStep app={app} />}
      {app && step === "credit" && <CreditStep app={app} />}
      {app && step === "product" && <ProductStep app={app} />}
      {app && step === "waiting" && <WaitingStep app={app} />}
      {app && step === "declined" && <DeclinedStep app={app} />}
      {app && step === "done" && (
        <StepCard title="Du er kunde">
          <p>
            Søknaden er fullført.{" "}
            <Link href="/logg-inn" className="font-medium text-brand-700 underline">
              Logg inn på Min side
            </Link>
            .
          </p>
        </StepCard>
      )}
    </div>
  );
}
