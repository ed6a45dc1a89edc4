import { CREDIT_RULES_TEXT } from "@/features/onboarding";
import type { ApplicationView } from "@/features/onboarding/server";
import { Notice, StepCard, unavailableText } from "@/features/onboarding/ui";
import { placeName } from "@/platform/format/place-name";
import { creditCheckAction } from "./actions";
import { ButtonForm } from "./button-form";

/** Step 4: how the automated credit decision is made, before the person lets it run (Art. 13 and 22). */
export function CreditStep({ app }: { app: ApplicationView }) {
  const point = app.meteringPoint;
  return (
    <StepCard title="Kredittsjekk hos Experian">
      {point && (
        <p>
          Målepunkt: {point.street}, {point.postalCode} {placeName(point.city)} (prisområde {point.priceArea},{" "}
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
      {app.lastError === "experian-unavailable" && (
        <Notice tone="warning">{unavailableText("Experian")}</Notice>
      )}
      <ButtonForm action={creditCheckAction} label="Kjør kredittsjekk" pending="Sjekker hos Experian …" />
    </StepCard>
  );
}
