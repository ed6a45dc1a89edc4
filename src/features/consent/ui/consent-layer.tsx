import Link from "next/link";
import { getConsentView } from "../server/consent-view";
import { ConsentBanner } from "./consent-banner";
import { CONSENT_STATUS_ID } from "./consent-dom";
import { ConsentSettingsForm } from "./consent-settings-form";
import { SettingsDialog } from "./settings-dialog";
import { TrackerLoader } from "./tracker-loader";

const DIALOG_HEADING_ID = "samtykke-innstillinger-tittel";

/**
 * Everything cookie consent puts on a page, first in the body: the banner while no choice is in
 * force, the settings dialog the footer opens, a status line for screen readers, and the trackers
 * this page may run. One line in the root layout.
 */
export async function ConsentLayer() {
  const view = await getConsentView();
  return (
    <>
      {view.ask && <ConsentBanner token={view.formToken} />}
      <SettingsDialog labelledBy={DIALOG_HEADING_ID}>
        <div className="space-y-4">
          <h2 id={DIALOG_HEADING_ID} tabIndex={-1} className="text-2xl font-bold text-slate-900">
            Innstillinger for informasjonskapsler
          </h2>
          <p className="text-slate-700">
            Valget gjelder i denne nettleseren og lagres med en gang. Trekker du tilbake et samtykke, stopper
            verktøyet, og informasjonskapslene det har satt, slettes.
          </p>
          <ConsentSettingsForm choice={view.choice} token={view.formToken} idPrefix="dialog" />
          <p>
            <Link
              href="/informasjonskapsler"
              className="font-medium text-brand-700 underline hover:no-underline"
            >
              Se alle informasjonskapslene, hva de gjør og hvor lenge de varer
            </Link>
          </p>
          <form method="dialog">
            <button
              type="submit"
              className="rounded-md border border-slate-400 px-4 py-2 font-semibold text-slate-800 hover:bg-slate-100"
            >
              Lukk uten å lagre
            </button>
          </form>
        </div>
      </SettingsDialog>
      <p id={CONSENT_STATUS_ID} aria-live="polite" className="sr-only" />
      <TrackerLoader trackers={view.trackers} removeCookies={view.removeCookies} />
    </>
  );
}
