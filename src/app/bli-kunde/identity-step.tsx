import type { ApplicationView, RegistryErrorCode } from "@/features/onboarding/server";
import { Notice, StepCard, unavailableText } from "@/features/onboarding/ui";
import { retryIdentityAction } from "./actions";
import { ButtonForm } from "./button-form";
import { StartOver } from "./start-over";

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

/** Step 2, when the identity check stopped: why, or an outage to retry. */
export function IdentityStep({ app }: { app: ApplicationView }) {
  const error = app.lastError ? IDENTITY_ERRORS[app.lastError] : undefined;
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
