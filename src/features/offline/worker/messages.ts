// What the pages tell the worker (domain/worker-messages.ts). Only our own pages can post here: a
// service worker hears only documents of its own origin.
import { isOfflinePage } from "../domain/offline-pages";
import type { CopyStatusAnswer, OfflineMessage } from "../domain/worker-messages";
import { clearCount, hasFreshCopy, ownerSeen } from "./personal-cache";
import { keepIfSignedIn } from "./personal-pages";
import type { WorkerMessageEvent } from "./scope";
import { isFallbackOwnerMessage, servedCopyFetchedAt } from "./served-copies";

/** A copy this young is not fetched again: a client-side navigation back to it costs no second render. */
const FRESH_MS = 60_000;

/** Fetches a page seen by a client-side navigation, as a document request would, and keeps it. */
async function keepSeenPage(url: URL): Promise<void> {
  // Counted before the request: a sign-out while it is under way means the page is not kept.
  const clearsBefore = clearCount();
  if (await hasFreshCopy(url.href, FRESH_MS)) return;
  try {
    const response = await fetch(url, { credentials: "same-origin", headers: { accept: "text/html" } });
    await keepIfSignedIn(url.href, response, clearsBefore);
  } catch {
    // Offline after all: nothing to keep.
  }
}

export function handleOfflineMessage(event: WorkerMessageEvent, origin: string): void {
  const message = event.data as OfflineMessage | null;
  if (!message || typeof message !== "object") return;
  if (message.type === "offline-owner") {
    // The offline page is rendered signed out: its header says nothing about who is signed in.
    if (event.source && isFallbackOwnerMessage(event.source.id)) return;
    const owner = message.owner && message.until ? { owner: message.owner, until: message.until } : null;
    event.waitUntil(ownerSeen(owner));
  } else if (message.type === "offline-page-seen" && typeof message.url === "string") {
    const url = new URL(message.url, origin);
    if (url.origin === origin && isOfflinePage(url.pathname)) event.waitUntil(keepSeenPage(url));
  } else if (message.type === "offline-copy-status") {
    const answer: CopyStatusAnswer = {
      fetchedAt: event.source ? servedCopyFetchedAt(event.source.id) : null,
    };
    event.ports[0]?.postMessage(answer);
  }
}
