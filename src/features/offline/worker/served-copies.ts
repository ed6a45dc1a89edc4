// Which documents the worker answered with an offline copy, so their banner can ask. Held in memory:
// the page asks within moments of being served, while the worker is still awake.

const served = new Map<string, number>();
const REMEMBERED = 50;

export function rememberServedCopy(clientId: string, fetchedAt: number): void {
  if (!clientId) return;
  served.set(clientId, fetchedAt);
  for (const oldest of served.keys()) {
    if (served.size <= REMEMBERED) break;
    served.delete(oldest);
  }
}

export function servedCopyFetchedAt(clientId: string): number | null {
  return served.get(clientId) ?? null;
}
