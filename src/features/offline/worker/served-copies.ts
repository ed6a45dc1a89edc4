// Which documents the worker answered without the network: with an offline copy (and when it was
// fetched), or with the offline page (null). Their banner asks for the time; their header's owner
// message is not news (the offline page is rendered signed out, and must not clear the copies). Held in
// memory: a page asks within moments of being served, while the worker is still awake.

const served = new Map<string, number | null>();
const REMEMBERED = 50;

export function rememberOfflineAnswer(clientId: string, fetchedAt: number | null): void {
  if (!clientId) return;
  served.set(clientId, fetchedAt);
  for (const oldest of served.keys()) {
    if (served.size <= REMEMBERED) break;
    served.delete(oldest);
  }
}

export function servedOffline(clientId: string): boolean {
  return served.has(clientId);
}

export function servedCopyFetchedAt(clientId: string): number | null {
  return served.get(clientId) ?? null;
}
