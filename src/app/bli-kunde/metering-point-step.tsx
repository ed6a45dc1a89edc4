import type { ApplicationView, MeteringPointOption } from "@/features/onboarding/server";
import { Notice, StepCard, unavailableText } from "@/features/onboarding/ui";
import { placeName } from "@/platform/format/place-name";
import { searchAgainAction } from "./actions";
import { ButtonForm } from "./button-form";
import { MeteringPointForm, MeterSearchForm } from "./metering-point-forms";

function pointText(point: MeteringPointOption) {
  return {
    gsrn: point.gsrn,
    title: `${point.street}, ${point.postalCode} ${placeName(point.city)}`,
    details: `Målepunkt-ID ${point.gsrn} · målernummer ${point.meterNumber} · prisområde ${point.priceArea} · nettselskap ${point.gridCompany}`,
  };
}

/** Step 3: the identity is confirmed; which metering point to supply. */
export function MeteringPointStep({ app }: { app: ApplicationView }) {
  const options = app.meteringPointOptions;
  return (
    <StepCard title="Målepunktet ditt i Elhub">
      <Notice>E-postadressen din er bekreftet.</Notice>
      <PointsFound app={app} />
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

/** What Elhub answered: an outage to retry, nothing found, or the points to choose from. */
function PointsFound({ app }: { app: ApplicationView }) {
  const options = app.meteringPointOptions;
  if (options === null) {
    return (
      <>
        <Notice tone="warning">{unavailableText("Elhub")}</Notice>
        <ButtonForm action={searchAgainAction} label="Prøv igjen" pending="Søker i Elhub …" />
      </>
    );
  }
  if (options.length === 0) {
    return (
      <Notice tone="warning">
        Vi fant ikke noe målepunkt i ditt navn på {app.street}, {app.postalCode}. Søk med målernummeret, eller
        ta kontakt med kundeservice.
      </Notice>
    );
  }
  return (
    <>
      <p>
        {options.length > 1
          ? "Vi fant flere målepunkter. Velg det du vil ha strøm til."
          : "Vi fant dette målepunktet. Stemmer det?"}
      </p>
      <MeteringPointForm points={options.map(pointText)} />
    </>
  );
}
