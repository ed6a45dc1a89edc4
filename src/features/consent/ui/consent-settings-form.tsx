import { CONSENT_CATEGORIES, type ConsentChoice } from "../domain/consent-choice";
import { CONSENT_POLICY_VERSION } from "../domain/consent-limits";
import { ChoiceButton } from "./choice-button";
import { ConsentForm } from "./consent-form";
import { CategoryName, TrackerDescriptions } from "./tracker-descriptions";

/**
 * The categories with a box each, showing the choice in force (nothing ticked before a choice), and
 * the three ways to answer. In the settings dialog and on /informasjonskapsler.
 */
export function ConsentSettingsForm({
  choice,
  token,
  idPrefix,
}: {
  choice: ConsentChoice;
  token: string;
  /** Keeps ids unique when the dialog and the page's own form are on one page. */
  idPrefix: string;
}) {
  return (
    <ConsentForm source="settings" version={CONSENT_POLICY_VERSION} token={token} className="space-y-4">
      <fieldset className="space-y-4">
        <legend className="mb-3 font-semibold text-slate-900">Velg hva du vil tillate</legend>
        <div className="rounded-md border border-slate-200 p-3">
          <p className="font-semibold text-slate-900">
            <CategoryName category="essential" />{" "}
            <span className="font-normal text-slate-700">(alltid på)</span>
          </p>
          <p className="mt-1 text-slate-700">
            Holder deg innlogget, beskytter innloggingen og husker dette valget. De krever ikke samtykke.
          </p>
        </div>
        {CONSENT_CATEGORIES.map((category) => {
          const id = `${idPrefix}-${category}`;
          return (
            <div key={category} className="flex gap-3 rounded-md border border-slate-200 p-3">
              <input
                // A new choice from the server replaces whatever the box showed before.
                key={String(choice[category])}
                type="checkbox"
                id={id}
                name={category}
                defaultChecked={choice[category]}
                aria-describedby={`${id}-beskrivelse`}
                className="mt-1 size-5 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={id} className="font-semibold text-slate-900">
                  <CategoryName category={category} />
                </label>
                <p id={`${id}-beskrivelse`} className="mt-1 text-slate-700">
                  <TrackerDescriptions category={category} detailed />
                </p>
              </div>
            </div>
          );
        })}
      </fieldset>
      <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
        <ChoiceButton value="custom">Lagre valgene</ChoiceButton>
        <ChoiceButton value="accept-all">Godta alle</ChoiceButton>
        <ChoiceButton value="reject-all">Avvis alle</ChoiceButton>
      </div>
    </ConsentForm>
  );
}
