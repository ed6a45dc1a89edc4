import type { Metadata } from "next";
import { WITHDRAWAL_FORM, WITHDRAWAL_SUMMARY } from "@/features/contracts";

export const metadata: Metadata = {
  title: "Angrerett og angreskjema",
  description: "Slik angrer du strømavtalen med Klarkraft innen 14 dager, og skjemaet du kan bruke.",
};

/** The angrerett and the standard withdrawal form, linked before signing (Bli kunde) and from Avtale. */
export default function WithdrawalFormPage() {
  const form = WITHDRAWAL_FORM;
  return (
    <article className="max-w-3xl space-y-8 leading-relaxed text-slate-800">
      <header className="space-y-4">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">Angrerett</h1>
        {WITHDRAWAL_SUMMARY.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </header>
      <section aria-labelledby="angreskjema" className="rounded-lg border border-slate-300 bg-white p-5">
        <h2 id="angreskjema" className="text-2xl font-semibold text-slate-900">
          {form.title}
        </h2>
        <p className="mt-2 italic">{form.intro}</p>
        <p className="mt-4">{form.to}</p>
        <p className="mt-4">{form.statement}</p>
        <dl className="mt-4 space-y-4">
          {form.fields.map((field) => (
            <div key={field}>
              <dt>{field}:</dt>
              <dd className="mt-1 h-8 border-b border-slate-400" />
            </div>
          ))}
        </dl>
        <p className="mt-4 text-sm">{form.footnote}</p>
      </section>
    </article>
  );
}
