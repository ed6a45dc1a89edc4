// The withdrawal information and the standard withdrawal form, as shown before signing and on the terms
// page; the words are those of the contract document (domain/withdrawal-information.ts).
import { WITHDRAWAL_HEADING, WITHDRAWAL_INFORMATION, withdrawalForm } from "../domain/withdrawal-information";

export function WithdrawalSection({ id, headingLevel = 2 }: { id: string; headingLevel?: 2 | 3 }) {
  const form = withdrawalForm();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby={id} className="scroll-mt-6 space-y-3">
      <Heading id={id} className="text-2xl font-bold text-slate-900">
        {WITHDRAWAL_HEADING}
      </Heading>
      {WITHDRAWAL_INFORMATION.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <div className="rounded-lg border border-slate-300 bg-white p-4">
        <Sub className="text-lg font-semibold text-slate-900">{form.heading}</Sub>
        <p className="mt-1 text-sm text-slate-700">{form.instruction}</p>
        <ul className="mt-3 space-y-3">
          {form.lines.map((line) => (
            <li key={line} className="border-b border-dashed border-slate-400 pb-3">
              {line}
            </li>
          ))}
        </ul>
        <p className="mt-3 text-sm text-slate-700">{form.footnote}</p>
      </div>
    </section>
  );
}
