import type { ApplicationView, RegistryErrorCode } from "@/features/onboarding/server";
import { Notice, StepCard, unavailableText } from "@/features/onboarding/ui";
import { retryIdentityAction } from "./actions";
import { ButtonForm } from "./button-form";
import { StartOver } from "./start-over";

// Said only to the person the answer is about: they have proven who they are with BankID or the letter.
const IDENTITY_ERRORS = new Map<RegistryErrorCode, string>([
  [
    "identity-not-found",
    "Vi fant deg ikke i Folkeregisteret. Ta kontakt med kundeservice, så hjelper vi deg å bli kunde.",
  ],
  [
    "identity-deceased",
    "Folkeregisteret oppgir at personen med dette fødselsnummeret er død. Vi kan ikke opprette avtale. Er dette feil, ta kontakt med Skatteetaten.",
  ],
  [
    "identity-not-resident",
    "Folkeregisteret oppgir at du ikke er bosatt i Norge. Ta kontakt med kundeservice, så hjelper vi deg.",
  ],
  ["identity-minor", "Du må være 18 år for å inngå en strømavtale."],
]);

/** Step 2, when the identity check stopped: why, or an outage to retry. */
export function IdentityStep({ app }: { app: ApplicationView }) {
  const error = app.lastError ? IDENTITY_ERRORS.get(app.lastError) : undefined;
  return (
    <StepCard title="Identitetssjekk i Folkeregisteret">
      {error ? (
        <Notice tone="warning">{error}</Notice>
      ) : (
        <>
          <Notice tone="warning">{unavailableText("Folkeregisteret")}</Notice>
          <ButtonForm action={retryIdentityAction} label="Prøv igjen" pending="Sjekker i Folkeregisteret …" />
        </>
      )}
      <StartOver />
    </StepCard>
  );
}
