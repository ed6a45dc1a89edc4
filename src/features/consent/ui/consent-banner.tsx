import Link from "next/link";
import { CONSENT_CATEGORIES, CONSENT_CATEGORY_NAMES } from "../domain/consent-choice";
import { CONSENT_POLICY_VERSION, CONSENT_VALID_MONTHS } from "../domain/consent-limits";
import { BannerShell } from "./banner-shell";
import { ChoiceButton } from "./choice-button";
import { CONSENT_BUTTON } from "./consent-dom";
import { ConsentForm } from "./consent-form";
import { ConsentSettingsButton } from "./consent-settings-button";
import { TrackerDescriptions } from "./tracker-descriptions";

const HEADING_ID = "samtykke-tittel";

/**
 * The first-visit question. Every tool is named with what it does and who receives the data; the
 * three answers look alike; nothing is ticked, and nothing optional runs until one is given.
 */
export function ConsentBanner({ token }: { token: string }) {
  return (
    <BannerShell headingId={HEADING_ID}>
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-4 text-slate-800 sm:py-5">
        <h2 id={HEADING_ID} tabIndex={-1} className="text-xl font-bold text-slate-900">
          Informasjonskapsler
        </h2>
        <p>
          Vil du la oss bruke informasjonskapsler til statistikk og markedsføring? Ingenting av dette brukes
          før du sier ja.
        </p>
        <ul className="list-disc space-y-1 pl-6">
          <li>
            <span className="font-semibold">{CONSENT_CATEGORY_NAMES.essential} (alltid på):</span> holder deg
            innlogget og husker dette valget. De krever ikke samtykke.
          </li>
          {CONSENT_CATEGORIES.map((category) => (
            <li key={category}>
              <span className="font-semibold">{CONSENT_CATEGORY_NAMES[category]}:</span>{" "}
              <TrackerDescriptions category={category} />
            </li>
          ))}
        </ul>
        <p>
          Du kan endre valget når som helst under «Innstillinger for informasjonskapsler» nederst på siden, og
          vi spør deg igjen om {CONSENT_VALID_MONTHS} måneder.{" "}
          <Link
            href="/informasjonskapsler"
            className="font-medium text-brand-700 underline hover:no-underline"
          >
            Se alle informasjonskapslene
          </Link>
        </p>
        <div className="flex flex-wrap gap-2">
          <ConsentForm
            source="banner"
            version={CONSENT_POLICY_VERSION}
            token={token}
            className="flex flex-wrap gap-2"
          >
            <ChoiceButton value="accept-all">Godta alle</ChoiceButton>
            <ChoiceButton value="reject-all">Avvis alle</ChoiceButton>
          </ConsentForm>
          <ConsentSettingsButton className={CONSENT_BUTTON}>Tilpass</ConsentSettingsButton>
        </div>
      </div>
    </BannerShell>
  );
}
