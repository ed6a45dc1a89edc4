// What the pages tell the worker (domain/worker-messages.ts). Only our own pages can post here: a
// service worker hears only the documents it controls, all of its origin.
import { isOfflinePage } from "../domain/offline-pages";
import type { CopyStatusAnswer, OfflineMessage } from "../domain/worker-messages";
import { ownerSeen } from "./personal-cache";
import { keepIfSignedIn } from "./personal-pages";
import type { WorkerMessageEvent } from "./scope";
import { servedCopyFetchedAt, servedOffline } from "./served-copies";

/** Fetches a page seen by a client-side navigation, as a document request would, and keeps it. */
async function keepSeenPage(url: URL): Promise<void> {
  try {
    const response = await fetch(url, { credentials: "same-origin", headers: { accept: "text/html" } });
    await keepIfSignedIn(url.href, response);
  } catch {
    // Offline after all: nothing to keep.
  }
}

export function handleOfflineMessage(event: WorkerMessageEvent, origin: string): void {
  const message = event.data as OfflineMessage | null;
  if (!message || typeof message !== "object") return;
  if (message.type === "offline-owner") {
    // A page shown without the network says nothing new about who is signed in.
    if (event.source && servedOffline(event.source.id)) return;
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
