import Link from "next/link";
import { norwegianDate } from "@/features/contracts";
import { findTermsVersion } from "@/features/terms";

/** The terms a contract was made on, and its contract document (PDF) to download. */
export function ContractDocumentLinks({
  contractId,
  termsVersion,
}: {
  contractId: string;
  termsVersion: string | null;
}) {
  const version = termsVersion ? findTermsVersion(termsVersion) : null;
  return (
    <section
      aria-labelledby={`avtaledokument-${contractId}`}
      className="mt-6 rounded-md border border-slate-200 p-4"
    >
      <h3 id={`avtaledokument-${contractId}`} className="mb-2 text-lg font-semibold">
        Avtalevilkår og avtaledokument
      </h3>
      <p>
        {version ? (
          <>
            Avtalen er inngått på{" "}
            <Link href={`/avtalevilkar/${version.id}`} className="text-brand-700 underline">
              avtalevilkårene, versjon {version.id}
            </Link>{" "}
            (fra {norwegianDate(version.effectiveFrom)}).
          </>
        ) : (
          <>
            Avtalen ble inngått før vilkårene fikk versjon. Du finner vilkårene som gjelder nå under{" "}
            <Link href="/avtalevilkar" className="text-brand-700 underline">
              avtalevilkår
            </Link>
            .
          </>
        )}
      </p>
      <p className="mt-2">
        <a href={`/min-side/avtale/${contractId}/avtale.pdf`} className="text-brand-700 underline" download>
          Last ned avtalen (PDF)
        </a>
        <span className="block text-sm text-slate-700">
          Prisvilkår, avtalevilkår, angrerett og angreskjema i ett dokument.
        </span>
      </p>
    </section>
  );
}
