// Messages between the pages and the service worker (src/features/offline/worker/messages.ts).

/** The page's header says who is signed in (null: nobody, or staff): another owner clears the copies. */
export interface OwnerMessage {
  type: "offline-owner";
  owner: string | null;
  until: number | null;
}

/** A page reached by a client-side navigation (no document request the worker could keep): fetch and keep it. */
export interface PageSeenMessage {
  type: "offline-page-seen";
  url: string;
}

/** Was this document served from the offline copies? Answered on the message's port: `{ fetchedAt }`. */
export interface CopyStatusMessage {
  type: "offline-copy-status";
}

export type OfflineMessage = OwnerMessage | PageSeenMessage | CopyStatusMessage;

export interface CopyStatusAnswer {
  /** When the copy shown was fetched (epoch ms), or null when the page came from the network. */
  fetchedAt: number | null;
}

/** Where the worker's script is served (src/app/serwist/[path]/route.ts) and what it controls. */
export const SERVICE_WORKER_URL = "/serwist/sw.js";
export const SERVICE_WORKER_SCOPE = "/";
