"use client";

import { useState } from "react";
import { confirmEmailChangeAction, requestEmailChangeAction } from "@/app/min-side/personvern/actions";
import { EmailCodeField } from "@/features/email-verification/ui";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { CurrentPasswordField } from "@/features/sign-in/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { TextField } from "@/ui/forms/text-field";

/**
 * A new email in two steps: the new address and the password mail a code to that address; the code
 * makes the change. "Start på nytt" goes back to step one (a new key gives a fresh form).
 */
export function EmailChangeForm() {
  const [round, setRound] = useState(0);
  return <RequestStep key={round} onRestart={() => setRound((n) => n + 1)} />;
}

function RequestStep({ onRestart }: { onRestart: () => void }) {
  return (
    <ActionForm
      action={requestEmailChangeAction}
      submitLabel="Endre e-postadresse"
      pendingLabel="Sender kode …"
      replaceOnSuccess={(state) => (
        <ConfirmStep email={state.pendingEmail} message={state.message} onRestart={onRestart} />
      )}
    >
      {(failure) => (
        <>
          <TextField
            name="email"
            id="personvern-epost"
            label="Ny e-postadresse"
            hint="Den nye adressen blir også brukernavnet ditt når du logger inn. Vi sender en kode til den først."
            type="email"
            autoComplete="email"
            maxLength={EMAIL_MAX_LENGTH}
            defaultValue={failure?.values?.email}
            errors={failure?.fieldErrors.email}
          />
          <CurrentPasswordField
            name="currentPassword"
            id="epost-passord"
            label="Passordet ditt"
            hint="Vi ber om passordet for å være sikre på at det er du som endrer adressen."
            errors={failure?.fieldErrors.currentPassword}
          />
        </>
      )}
    </ActionForm>
  );
}

function ConfirmStep({
  email,
  message,
  onRestart,
}: {
  email: string;
  message?: string;
  onRestart: () => void;
}) {
  return (
    <div className="flex flex-col gap-4">
      <ActionForm
        action={confirmEmailChangeAction}
        submitLabel="Bekreft ny e-postadresse"
        pendingLabel="Bekrefter …"
        replaceOnSuccess={(done) => (
          <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
            {done.message}
          </p>
        )}
      >
        {(failure) => (
          <>
            {!failure && message && (
              <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
                {message}
              </p>
            )}
            <p className="text-slate-700">
              Til du har skrevet inn koden, er både e-postadressen og brukernavnet ditt som før.
            </p>
            <input type="hidden" name="email" value={email} />
            <EmailCodeField id="epost-kode" sentTo={email} errors={failure?.fieldErrors.code} />
          </>
        )}
      </ActionForm>
      <p className="text-slate-700">
        Fikk du ingen kode, eller skrev du feil adresse?{" "}
        <button type="button" onClick={onRestart} className="text-brand-700 underline">
          Start på nytt
        </button>
      </p>
    </div>
  );
}
