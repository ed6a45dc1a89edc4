import type { ApplicationView } from "@/features/onboarding/server";
import { StepCard } from "@/features/onboarding/ui";
import { ButtonForm } from "./button-form";
import { editContactAction, resendCodeAction } from "./contact-actions";
import { EmailCodeForm } from "./email-code-form";

/** Step 3, second half: the code sent to the email the person gave, before it becomes their login. */
export function VerifyEmailStep({ app }: { app: ApplicationView }) {
  return (
    <StepCard title="Bekreft e-postadressen">
      <p>
        Vi har sendt en kode på seks siffer til <strong>{app.email}</strong>. Skriv den inn her. Finner du den
        ikke, se i søppelpost-mappen.
      </p>
      <EmailCodeForm />
      <div className="flex flex-wrap gap-3">
        <ButtonForm action={resendCodeAction} label="Send ny kode" pending="Sender …" />
        <ButtonForm action={editContactAction} label="Endre e-post eller adresse" pending="Åpner …" />
      </div>
    </StepCard>
  );
}
