import type { ApplicationView } from "@/features/onboarding/server";
import { Notice, StepCard } from "@/features/onboarding/ui";
import { ContactForm } from "./contact-form";
import { StartOver } from "./start-over";

/** Step 3: the identity is confirmed; how to reach the person and where to supply. */
export function ContactStep({ app }: { app: ApplicationView }) {
  const registered = app.registeredAddress;
  return (
    <StepCard title="Kontaktopplysninger og adresse">
      <Notice>
        Identiteten din er bekreftet i Folkeregisteret. Du er registrert som{" "}
        <strong>
          {app.firstName} {app.lastName}
        </strong>
        .
      </Notice>
      {registered && (
        <p>
          Adressen under er den Folkeregisteret har på deg. Endre den hvis du skal ha strøm et annet sted.
        </p>
      )}
      <ContactForm
        defaults={{
          email: app.email ?? undefined,
          phone: app.phone?.replace(/^\+47/, "") ?? undefined,
          street: app.street ?? registered?.street,
          postalCode: app.postalCode ?? registered?.postalCode,
          city: app.city ?? registered?.city,
        }}
      />
      <StartOver />
    </StepCard>
  );
}
