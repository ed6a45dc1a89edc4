import { OBJECTION_NAMES } from "@/features/privacy";
import { LimitedBy } from "@/features/privacy/ui";
import { osloDateTime } from "@/platform/time/oslo-time";
import { DecisionReviewForm, ObjectionForm, RestrictionForm } from "./forms";
import { SectionCard } from "./section-card";

/** Restriction of processing: when it began, or what it would mean. */
export function RestrictionCard({ restrictedAt }: { restrictedAt: Date | null }) {
  return (
    <SectionCard id="begrensning" title="Begrensning">
      <p className="mt-2 text-slate-700">
        {restrictedAt
          ? `Behandlingen er begrenset fra ${osloDateTime(restrictedAt)}. Vi bruker ikke opplysningene dine til markedsføring, profilering eller statistikk.`
          : "Når du begrenser behandlingen, bruker vi ikke opplysningene dine til markedsføring, profilering eller statistikk før du opphever begrensningen. Strømleveransen og fakturaene går som før."}
      </p>
      <div className="mt-4">
        <RestrictionForm restricted={Boolean(restrictedAt)} />
      </div>
      <LimitedBy type="RESTRICTION" />
    </SectionCard>
  );
}

interface Objections {
  marketingObjectedAt: Date | null;
  profilingObjectedAt: Date | null;
  automatedCreditDecision: boolean;
}

/** Objections to marketing and profiling, and a person's review of an automated decision. */
export function ObjectionCard({ choices }: { choices: Objections }) {
  return (
    <SectionCard id="protest" title="Protest">
      <ul className="mt-2 space-y-1 text-slate-700">
        <li>
          Direkte markedsføring:{" "}
          {choices.marketingObjectedAt
            ? `du har protestert (${osloDateTime(choices.marketingObjectedAt)}).`
            : "ingen protest."}
        </li>
        <li>
          Profilering:{" "}
          {choices.profilingObjectedAt
            ? `du har protestert (${osloDateTime(choices.profilingObjectedAt)}).`
            : "ingen protest."}
        </li>
      </ul>
      <p className="mt-2 text-slate-700">
        En protest mot direkte markedsføring gjelder straks og uten unntak.
      </p>
      <div className="mt-4 flex flex-col gap-4 sm:flex-row">
        <ObjectionForm
          kind="marketing"
          objected={Boolean(choices.marketingObjectedAt)}
          label={OBJECTION_NAMES.marketing}
        />
        <ObjectionForm
          kind="profiling"
          objected={Boolean(choices.profilingObjectedAt)}
          label={OBJECTION_NAMES.profiling}
        />
      </div>
      <LimitedBy type="OBJECTION" />
      <h3 className="mt-8 text-lg font-semibold text-slate-900">Ny vurdering av en automatisk avgjørelse</h3>
      <p className="mt-1 mb-3 text-slate-700">
        {choices.automatedCreditDecision
          ? "Kredittsjekken da du ble kunde, ble avgjort automatisk. Du kan be om at en person hos oss vurderer den på nytt."
          : "Vi har ikke registrert noen automatisk avgjørelse om deg. Mener du at vi har tatt en, kan du be om at en person hos oss ser på saken."}
      </p>
      <DecisionReviewForm />
      <LimitedBy type="AUTOMATED_DECISION_REVIEW" />
    </SectionCard>
  );
}
