import type { erasurePreview } from "@/features/privacy/server";
import { ErasureOutcome, LimitedBy } from "@/features/privacy/ui";
import { ErasureForm } from "./forms";
import { SectionCard } from "./section-card";

type Preview = NonNullable<Awaited<ReturnType<typeof erasurePreview>>>;

/** Erasure: what would go and what must stay, and the form once no contract is active. */
export function ErasureCard({ preview }: { preview: Preview }) {
  return (
    <SectionCard id="sletting" title="Sletting">
      {preview.activeContracts > 0 ? (
        <p className="mt-2 text-slate-700">
          Du har en aktiv strømavtale. Mens vi leverer strøm til deg, trenger vi opplysningene dine, så de kan
          ikke slettes nå. Du kan{" "}
          <a href="/min-side/avtale" className="text-brand-700 underline">
            si opp avtalen under Avtale
          </a>
          . Når avtalen er avsluttet, kan du slette opplysningene her.
        </p>
      ) : (
        <p className="mt-2 text-slate-700">Slik blir det hvis du sletter opplysningene dine nå:</p>
      )}
      <ErasureOutcome erased={preview.erased} kept={preview.kept} />
      {preview.activeContracts === 0 && (
        <div className="mt-6 max-w-md">
          <ErasureForm />
        </div>
      )}
      <LimitedBy type="ERASURE" />
    </SectionCard>
  );
}
