import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { BankIdButton } from "@/app/bankid/bankid-button";
import { LoginForm } from "@/app/logg-inn/login-form";
import { secondFactorPath } from "@/features/second-factor";
import { bankIdMessage, homePathFor, safeReturnPath } from "@/features/sign-in";
import { getSession } from "@/features/sign-in/routes";
import { Card } from "@/ui/card";
import { loginNotice } from "./notices";

export const metadata: Metadata = { title: "Logg inn" };

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tilbake, melding, bankid } = await searchParams;
  const returnTo = safeReturnPath(tilbake);
  const session = await getSession();
  if (session?.pendingSecondFactor) redirect(secondFactorPath(session.pendingSecondFactor, returnTo));
  if (session) redirect(returnTo ?? homePathFor(session.role));
  const notice = loginNotice(melding);
  const bankIdProblem = bankIdMessage(bankid);

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Logg inn på Min side</h1>
      {notice && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          {notice}
        </p>
      )}
      {bankIdProblem && (
        <p role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
          {bankIdProblem}
        </p>
      )}
      <Card as="section" aria-labelledby="bankid-heading">
        <h2 id="bankid-heading" className="mb-3 text-xl font-semibold text-slate-900">
          Med BankID
        </h2>
        <p className="mb-4 text-slate-700">
          For kunder. Glemt passordet? Logg inn med BankID, og velg nytt passord under Profil.
        </p>
        <BankIdButton purpose="sign-in" returnTo={returnTo} label="Logg inn med BankID" />
      </Card>
      <Card as="section" aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-xl font-semibold text-slate-900">
          Med passord
        </h2>
        <LoginForm returnTo={returnTo} />
        <p className="mt-5">
          <Link href="/glemt-passord" className="font-medium text-brand-700 underline hover:text-brand-900">
            Glemt passord?
          </Link>
        </p>
      </Card>
    </div>
  );
}
