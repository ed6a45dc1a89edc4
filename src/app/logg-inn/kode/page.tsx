import type { Metadata } from "next";
import { CodeForm } from "@/app/logg-inn/kode/code-form";
import { requirePendingSecondFactor } from "@/features/second-factor/routes";
import { safeReturnPath } from "@/features/sign-in";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Engangskode" };

/** The second sign-in step, after the password, for everyone with an authenticator app set up. */
export default async function SecondFactorCodePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { tilbake } = await searchParams;
  const returnTo = safeReturnPath(tilbake);
  await requirePendingSecondFactor("code", returnTo);

  return (
    <div className="mx-auto flex max-w-md flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Skriv inn engangskoden</h1>
      <Card as="div">
        <p className="mb-5 text-slate-700">
          Passordet stemmer. Åpne autentiseringsappen på telefonen og skriv inn koden den viser for Klarkraft.
        </p>
        <CodeForm returnTo={returnTo} />
      </Card>
      <p className="text-slate-700">
        Har du mistet både telefonen og gjenopprettingskodene? Kunder kontakter kundeservice, ansatte en
        administrator, som kan nullstille totrinnsinnloggingen etter å ha bekreftet hvem du er. Vil du
        avbryte, velger du «Logg ut».
      </p>
    </div>
  );
}
