import Link from "next/link";
import type { RightsInAccessCopy } from "../domain/rights";

/** The copy's statement of the customer's other rights and where to complain (Art. 15(1)(e)–(f)). */
export function AccessRightsSection({ rights, howToUse, complaint }: RightsInAccessCopy) {
  return (
    <section aria-labelledby="rettigheter" className="space-y-3">
      <h2 id="rettigheter" className="text-2xl font-semibold text-slate-900">
        Rettighetene dine
      </h2>
      <ul className="list-disc space-y-2 pl-6">
        {rights.map((right) => (
          <li key={right.name}>
            <span className="font-medium">{right.name}</span> ({right.article}): {right.description}{" "}
            {right.limits}
          </li>
        ))}
      </ul>
      <p>
        {howToUse}{" "}
        <Link href="/min-side/personvern" className="text-brand-700 underline print:no-underline">
          Gå til Personvern
        </Link>
        .
      </p>
      <p>
        {complaint.text} Se{" "}
        <a href={complaint.url} className="text-brand-700 underline">
          {complaint.url.replace(/^https:\/\//, "")}
        </a>{" "}
        ({complaint.article}).
      </p>
    </section>
  );
}
