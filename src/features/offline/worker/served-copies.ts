// Which documents the worker answered without the network: with an offline copy (and when it was
// fetched), or with the offline page. Their banner asks for the time. The offline page's header says
// "nobody signed in" (it is rendered signed out): that one message must not clear the copies. Held in
// memory: a page asks within moments of being served, while the worker is still awake.

const served = new Map<string, number>();
/** Documents answered with the offline page whose owner message has not come yet. */
const fallbacks = new Set<string>();
const REMEMBERED = 50;

function trim(kept: Map<string, number> | Set<string>): void {
  for (const oldest of kept.keys()) {
    if (kept.size <= REMEMBERED) break;
    kept.delete(oldest);
  }
}

export function rememberOfflineAnswer(clientId: string, fetchedAt: number | null): void {
  if (!clientId) return;
  if (fetchedAt === null) {
    fallbacks.add(clientId);
    trim(fallbacks);
  } else {
    served.set(clientId, fetchedAt);
    trim(served);
  }
}

/**
 * Whether this owner message is the offline page's own, to be ignored. Once only: the same document
 * may later navigate client-side, online, and its sign-out must clear the copies. A copy's header names
 * its own owner, which changes nothing, so it is never ignored.
 */
export function isFallbackOwnerMessage(clientId: string): boolean {
  return fallbacks.delete(clientId);
}

export function servedCopyFetchedAt(clientId: string): number | null {
  return served.get(clientId) ?? null;
}
