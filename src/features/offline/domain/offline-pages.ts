// The pages a customer can read offline: their last copy of Oversikt, Forbruk (any period) and
// Faktura (the list and one invoice). Only GET pages of the signed-in customer belong here; exports,
// PDFs, other Min side pages, /admin and /api never do (CONTRIBUTING "Offline").

const OFFLINE_PAGES: readonly RegExp[] = [
  /^\/min-side$/,
  /^\/min-side\/forbruk$/,
  /^\/min-side\/faktura$/,
  /^\/min-side\/faktura\/[0-9a-f-]{36}$/,
];

/** Whether a same-origin path may be kept for offline reading. */
export function isOfflinePage(pathname: string): boolean {
  return OFFLINE_PAGES.some((page) => page.test(pathname));
}

/** Shown for any page the service worker has no copy of while the network is away. */
export const OFFLINE_FALLBACK_PATH = "/frakoblet";
