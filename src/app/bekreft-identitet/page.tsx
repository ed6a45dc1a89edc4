import type { Metadata } from "next";
import Link from "next/link";
import { BankIdButton } from "@/app/bankid/bankid-button";
import { getSecondFactorStatus } from "@/features/second-factor/server";
import {
  bankIdMessage,
  homePathFor,
  STEP_UP_PAGE,
  STEP_UP_VALIDITY,
  stepUpPath,
  stepUpReturnPath,
} from "@/features/sign-in";
import { requireSignedIn } from "@/features/sign-in/routes";
import { stepUpNeeded } from "@/features/sign-in/server";
import { Card } from "@/ui/card";
import { StepUpCodeForm } from "./code-form";

export const metadata: Metadata = { title: "Bekreft at det er deg" };
export const dynamic = "force-dynamic";

/**
 * Step-up: a fresh strong proof before downloads, erasure and changes of login details. Customers
 * give it with BankID, or with a code from their authenticator app if they use one; staff with the app.
 */
export default async function StepUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tilbake, bankid } = await searchParams;
  const bankIdProblem = bankIdMessage(bankid);
  const returnTo = stepUpReturnPath(tilbake);
  const session = await requireSignedIn(returnTo ? stepUpPath(returnTo) : STEP_UP_PAGE);
  const back = returnTo ?? homePathFor(session.role);
  const { enabledAt } = await getSecondFactorStatus(session.userId);
  const customer = session.role === "CUSTOMER";
  const fresh = !stepUpNeeded(session);

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Bekreft at det er deg</h1>
      <p className="text-slate-700">
        Før du laster ned opplysningene dine, sletter dem eller endrer e-postadresse, telefonnummer, passord
        eller totrinnsinnlogging, må du bekrefte at det er deg. {STEP_UP_VALIDITY}
      </p>
      {bankIdProblem && (
        <p role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-4 text-amber-950">
          {bankIdProblem}
        </p>
      )}
      {fresh && (
        <p role="status" className="rounded-md border border-emerald-300 bg-emerald-50 p-4 text-emerald-950">
          Du har bekreftet at det er deg.{" "}
          <Link href={back} className="font-semibold underline">
            Gå tilbake
          </Link>
        </p>
      )}
      {customer && (
        <Card aria-labelledby="med-bankid">
          <h2 id="med-bankid" className="mb-4 text-xl font-semibold text-slate-900">
            Med BankID
          </h2>
          <BankIdButton purpose="step-up" returnTo={back} label="Bekreft med BankID" />
        </Card>
      )}
      {enabledAt ? (
        <Card aria-labelledby="med-appen">
          <h2 id="med-appen" className="text-xl font-semibold text-slate-900">
            Med koden fra autentiseringsappen
          </h2>
          <p className="mt-2 mb-4 text-slate-700">Åpne appen og skriv inn koden den viser for Klarkraft.</p>
          <StepUpCodeForm returnTo={back} />
        </Card>
      ) : (
        !customer && (
          <p role="alert" className="rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
            Du har ikke satt opp autentiseringsappen, og ansatte bekrefter med den. Logg ut og logg inn igjen,
            så blir du bedt om å sette den opp.
          </p>
        )
      )}
      {!fresh && (
        <p>
          <Link href={back} className="text-brand-700 underline">
            Avbryt og gå tilbake
          </Link>
        </p>
      )}
    </div>
  );
}
