import type { Metadata } from "next";
import Link from "next/link";
import { LETTER_CODE_VALID_DAYS, LETTER_DELIVERY_WORKING_DAYS } from "@/features/onboarding";
import { StepCard } from "@/features/onboarding/ui";
import { LetterRequestForm } from "./request-form";

export const metadata: Metadata = { title: "Bli kunde uten BankID" };

const LINK = "font-medium text-brand-700 underline";

/** "Bli kunde" without BankID: a code by letter to the person's address in Folkeregisteret. */
export default function WithoutBankIdPage() {
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Bli kunde uten BankID</h1>
      <p>
        Har du ikke BankID, bekrefter du hvem du er med en kode i posten. Skriv fødselsnummeret ditt, så
        sender vi et brev med en aktiveringskode til adressen du har i Folkeregisteret. Brevet kommer
        vanligvis innen {LETTER_DELIVERY_WORKING_DAYS} virkedager, og koden gjelder i {LETTER_CODE_VALID_DAYS}{" "}
        dager. Med koden fortsetter du søknaden her på nettsidene, som med BankID.
      </p>
      <p>
        Vi sier ikke om fødselsnummeret finnes i Folkeregisteret: svaret er det samme for alle numre, og
        brevet går bare til adressen som er registrert der. Les{" "}
        <Link href="/personvern" className={LINK}>
          personvernerklæringen
        </Link>
        .
      </p>
      <StepCard title="Send meg en kode i posten">
        <LetterRequestForm />
      </StepCard>
      <ul className="flex flex-col gap-2">
        <li>
          <Link href="/bli-kunde/aktiveringskode" className={LINK}>
            Jeg har fått brevet og vil skrive inn koden
          </Link>
        </li>
        <li>
          <Link href="/bli-kunde" className={LINK}>
            Jeg har BankID likevel
          </Link>
        </li>
      </ul>
    </div>
  );
}
