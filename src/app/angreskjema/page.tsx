import type { Metadata } from "next";
import { WithdrawalSection } from "@/features/terms/ui";

export const metadata: Metadata = {
  title: "Angrerett og angreskjema",
  description: "Slik angrer du strømavtalen med Klarkraft innen 14 dager, og skjemaet du kan bruke.",
};

/** The angrerett and the standard withdrawal form on a page of their own, linked before signing (Bli kunde). */
export default function WithdrawalFormPage() {
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed text-slate-800">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">
        Angrerett og angreskjema
      </h1>
      <p>
        Ender angrefristen på en lørdag, søndag eller helligdag, har du til og med neste virkedag. Så lenge
        fristen løper, står den siste dagen på Min side under Avtale.
      </p>
      <WithdrawalSection id="angrerett" />
    </article>
  );
}
