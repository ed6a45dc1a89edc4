// Element ids and the button look the consent layer's server and client parts share. Imports nothing.

export const SETTINGS_DIALOG_ID = "samtykke-innstillinger";
export const CONSENT_STATUS_ID = "samtykke-status";
/** The page's <main>: where focus goes when the element that had it disappears with the banner. */
export const MAIN_ID = "innhold";
/** Other tabs with trackers running hear of a new choice here and reload. */
export const CONSENT_CHANNEL = "klarkraft-samtykke";
/** Tells this tab's own messages apart: here the page itself reacts to the server's new answer. */
export const THIS_TAB = Math.random().toString(36).slice(2);

/** "Godta alle", "Avvis alle" and "Tilpass" look exactly alike: refusing is as easy as accepting. */
export const CONSENT_BUTTON =
  "inline-flex min-h-11 items-center justify-center rounded-md border-2 border-brand-700 bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:border-brand-800 hover:bg-brand-800";

export function focusMain(): void {
  document.getElementById(MAIN_ID)?.focus();
}
