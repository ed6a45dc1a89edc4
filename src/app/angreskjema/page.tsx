import type { Metadata } from "next";
import { WITHDRAWAL_HEADING, WITHDRAWAL_INFORMATION, withdrawalForm } from "@/features/terms";

export const metadata: Metadata = {
  title: "Angrerett og angreskjema",
  description: "Slik angrer du strømavtalen med Klarkraft innen 14 dager, og skjemaet du kan bruke.",
};

/** The angrerett and the standard withdrawal form, linked before signing (Bli kunde) and from Avtale. */
export default function WithdrawalFormPage() {
  const form = withdrawalForm();
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed text-slate-800">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{WITHDRAWAL_HEADING}</h1>
        {WITHDRAWAL_INFORMATION.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
        <p>
          Ender fristen på en lørdag, søndag eller helligdag, har du til og med neste virkedag. Datoen står på
          Min side under Avtale så lenge fristen løper.
        </p>
      </header>
      <section aria-labelledby="angreskjema" className="rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="angreskjema" className="text-2xl font-semibold text-slate-900">
          {form.heading}
        </h2>
        <p className="mt-2 italic">{form.instruction}</p>
        <ul className="mt-4 space-y-4">
          {form.lines.map((line) => (
            <li key={line} className={line.endsWith(":") ? "border-b border-slate-400 pb-6" : ""}>
              {line}
            </li>
          ))}
        </ul>
        <p className="mt-4 text-sm">{form.footnote}</p>
      </section>
    </article>
  );
}
