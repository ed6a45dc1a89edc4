import type { Metadata } from "next";
import Link from "next/link";
import { LETTER_CODE_MAX_ATTEMPTS } from "@/features/onboarding";
import { StepCard } from "@/features/onboarding/ui";
import { ActivationCodeForm } from "./code-form";

export const metadata: Metadata = { title: "Skriv inn aktiveringskoden" };

const LINK = "font-medium text-brand-700 underline";

/** The code from the letter: with it, "Bli kunde" goes on as after BankID. */
export default function ActivationCodePage() {
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Skriv inn aktiveringskoden</h1>
      <p>
        Skriv fødselsnummeret ditt og koden fra brevet vi sendte til adressen din i Folkeregisteret. Koden kan
        brukes én gang, og etter {LETTER_CODE_MAX_ATTEMPTS} feil forsøk slutter den å virke. Så fortsetter du
        søknaden om å bli kunde.
      </p>
      <StepCard title="Koden fra brevet">
        <ActivationCodeForm />
      </StepCard>
      <p>
        Har du ikke fått brev, eller virker ikke koden lenger?{" "}
        <Link href="/bli-kunde/uten-bankid" className={LINK}>
          Be om et nytt brev
        </Link>
        .
      </p>
    </div>
  );
}
