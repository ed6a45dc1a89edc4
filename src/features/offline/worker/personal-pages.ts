// Network first for the offline pages (domain/offline-pages.ts): a signed-in page that arrives is
// kept for its owner; when the network is away the owner's last copy is shown, or the offline page.
import { isOfflinePage } from "../domain/offline-pages";
import { readOwnerMarker } from "../domain/owner-marker";
import { clearCount, clearPersonalCopies, findCopy, keepCopy } from "./personal-cache";
import type { WorkerFetchEvent } from "./scope";
import { rememberOfflineAnswer } from "./served-copies";

/** Navigations (documents) to an offline page of our own origin. */
export function isPersonalNavigation(request: Request, origin: string): boolean {
  const url = new URL(request.url);
  return request.mode === "navigate" && url.origin === origin && isOfflinePage(url.pathname);
}

/**
 * Keeps `response` if it really is the page of a signed-in customer: a redirect (to /logg-inn, when the
 * session has ended) or a page without an owner clears every copy instead. Errors are not kept, nor a
 * page whose request started before the copies were last cleared (`clearsBefore`: a sign-out meanwhile).
 */
export async function keepIfSignedIn(url: string, response: Response, clearsBefore: number): Promise<void> {
  if (response.type === "opaqueredirect" || response.redirected) return clearPersonalCopies();
  if (!response.ok || !response.headers.get("content-type")?.startsWith("text/html")) return;
  const copy = response.clone();
  const owner = readOwnerMarker(await response.text());
  if (!owner || owner.until <= Date.now()) return clearPersonalCopies();
  await keepCopy(url, copy, owner, clearsBefore);
}

export async function handlePersonalNavigation(
  event: WorkerFetchEvent,
  offlinePage: () => Promise<Response>,
): Promise<Response> {
  const { request } = event;
  let response: Response;
  const clearsBefore = clearCount();
  try {
    response = await fetch(request);
  } catch {
    const copy = await findCopy(request.url);
    rememberOfflineAnswer(event.resultingClientId, copy?.fetchedAt ?? null);
    if (!copy) return offlinePage();
    return copy.response;
  }
  event.waitUntil(keepIfSignedIn(request.url, response.clone(), clearsBefore));
  return response;
}
