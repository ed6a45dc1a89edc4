// The offline part of the service worker: the app shell precached, the offline pages network first
// with the owner's last copy, every other navigation network only with the offline page as fallback.
import { type PrecacheEntry, Serwist } from "serwist";
import { OFFLINE_FALLBACK_PATH } from "../domain/offline-pages";
import { handleOfflineMessage } from "./messages";
import { handleOtherNavigation } from "./other-navigations";
import { clearPersonalCopies } from "./personal-cache";
import { handlePersonalNavigation, isPersonalNavigation } from "./personal-pages";
import { type WorkerFetchEvent, workerScope } from "./scope";
import { staticAssetRoutes } from "./static-assets";

export function startOfflineWorker(precacheEntries: (PrecacheEntry | string)[] | undefined): void {
  const origin = workerScope.location.origin;
  const serwist: Serwist = new Serwist({
    precacheEntries,
    // The offline page is fetched without the visitor's cookies: it must hold nothing personal.
    precacheOptions: { cleanupOutdatedCaches: true, fetchOptions: { credentials: "omit" } },
    skipWaiting: true,
    clientsClaim: true,
    disableDevLogs: true,
    runtimeCaching: [
      {
        matcher: ({ request }) => isPersonalNavigation(request, origin),
        handler: ({ event }): Promise<Response> =>
          handlePersonalNavigation(event as WorkerFetchEvent, () => offlinePage(serwist)),
      },
      {
        matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
        handler: ({ event }): Promise<Response> =>
          handleOtherNavigation(event as WorkerFetchEvent, () => offlinePage(serwist)),
      },
      ...staticAssetRoutes(),
    ],
  });
  workerScope.addEventListener("message", (event) => handleOfflineMessage(event, origin));
  // A new build: cleanupOutdatedCaches removes the old build's CSS and scripts, which the copies load,
  // so a copy would render unstyled and without its banner. The next visit online keeps new ones.
  workerScope.addEventListener("activate", (event) => event.waitUntil(clearPersonalCopies()));
  serwist.addEventListeners();
}

async function offlinePage(serwist: Serwist): Promise<Response> {
  return (await serwist.matchPrecache(OFFLINE_FALLBACK_PATH)) ?? Response.error();
}
