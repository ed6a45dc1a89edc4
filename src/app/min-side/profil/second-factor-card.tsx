import { enabledOnText } from "@/features/second-factor";
import type { SecondFactorStatus } from "@/features/second-factor/server";
import { ButtonLink } from "@/ui/button-link";
import { Card } from "@/ui/card";
import { DisableSecondFactorForm } from "./disable-second-factor-form";

function recoveryCodesText(left: number): string {
  if (left === 0) {
    return "Du har brukt opp gjenopprettingskodene. Slå totrinnsinnlogging av og på igjen for å få nye.";
  }
  return left === 1 ? "Du har 1 ubrukt gjenopprettingskode." : `Du har ${left} ubrukte gjenopprettingskoder.`;
}

/** Profil's "Totrinnsinnlogging": turn it on, or see since when and turn it off with a code. */
export function SecondFactorCard({
  status: { enabledAt, recoveryCodesLeft },
}: {
  status: SecondFactorStatus;
}) {
  return (
    <Card aria-labelledby="totrinn">
      <h2 id="totrinn" className="text-xl font-semibold text-slate-900">
        Totrinnsinnlogging
      </h2>
      {enabledAt ? (
        <>
          <p className="mt-2 text-slate-700">
            På siden {enabledOnText(enabledAt)}. Når du logger inn, skriver du en kode fra autentiseringsappen
            etter passordet. {recoveryCodesText(recoveryCodesLeft)}
          </p>
          <p className="mt-2 mb-4 text-slate-700">
            Vil du slå det av, skriver du en kode fra appen eller en gjenopprettingskode.
          </p>
          <div className="max-w-md">
            <DisableSecondFactorForm />
          </div>
        </>
      ) : (
        <>
          <p className="mt-2 mb-4 text-slate-700">
            Av. Slår du det på, trenger du både passordet og en kode fra en autentiseringsapp på telefonen for
            å logge inn. Da kommer ingen inn med passordet ditt alene.
          </p>
          <ButtonLink href="/min-side/profil/totrinn" variant="secondary">
            Slå på totrinnsinnlogging
          </ButtonLink>
        </>
      )}
    </Card>
  );
}
