import Link from "next/link";
import { norwegianDate } from "@/features/contracts";
import { vatBasisPointsOn } from "@/features/pricing";
import { TERMS_VERSIONS, type TermsVersion, termsVersionOn } from "@/features/terms";
import { TermsDocument } from "@/features/terms/ui";

/** A version of the terms, with what it is beside the others: in force, older or coming. */
export function TermsPage({ version, today }: { version: TermsVersion; today: string }) {
  const inForce = termsVersionOn(today);
  return (
    <div className="space-y-10">
      {inForce && inForce.id !== version.id && (
        <p
          role="note"
          className="max-w-3xl rounded-md border border-amber-600 bg-amber-50 p-3 text-amber-950"
        >
          {version.effectiveFrom > today
            ? "Dette er en kommende versjon av vilkårene."
            : "Dette er en eldre versjon av vilkårene."}{" "}
          <Link href="/avtalevilkar" className="underline">
            Les vilkårene som gjelder nå (versjon {inForce.id})
          </Link>
          .
        </p>
      )}
      <TermsDocument version={version} vatBasisPoints={vatBasisPointsOn(today)} />
      <section aria-labelledby="versjoner" className="max-w-3xl space-y-3">
        <h2 id="versjoner" className="text-2xl font-bold text-slate-900">
          Alle versjoner
        </h2>
        <ul className="space-y-1">
          {[...TERMS_VERSIONS].reverse().map((v) => (
            <li key={v.id}>
              <Link
                href={`/avtalevilkar/${v.id}`}
                aria-current={v.id === version.id ? "page" : undefined}
                className="text-brand-700 underline hover:no-underline"
              >
                Versjon {v.id}
              </Link>{" "}
              (fra {norwegianDate(v.effectiveFrom)}
              {v.id === inForce?.id ? ", gjelder nå" : ""})
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
