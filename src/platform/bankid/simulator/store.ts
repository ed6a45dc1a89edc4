import "server-only";
// The provider's storage (interactions, grants, codes, tokens), in memory and per server, so that
// providers in one process (parallel tests) share nothing. BankID keeps no single sign-on session:
// a session is stored, but never found again by its cookie, so every authorisation asks whom to sign
// in, and a browser that signed in as one person may pick another the next time.
import type { Adapter, AdapterPayload } from "oidc-provider";

interface Entry {
  payload: AdapterPayload;
  /** Epoch milliseconds; undefined: until the server stops. */
  expiresAt?: number;
}

const SWEEP_ABOVE = 2000;

export function memoryAdapterFactory(): (model: string) => Adapter {
  const entries = new Map<string, Entry>();

  const live = (key: string): AdapterPayload | undefined => {
    const entry = entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt <= Date.now()) {
      entries.delete(key);
      return undefined;
    }
    return entry.payload;
  };

  const sweep = () => {
    if (entries.size < SWEEP_ABOVE) return;
    for (const key of [...entries.keys()]) live(key);
  };

  return (model) => {
    const key = (id: string) => `${model}:${id}`;
    const firstWhere = (test: (payload: AdapterPayload) => boolean) => {
      for (const [entryKey, entry] of entries) {
        if (entryKey.startsWith(`${model}:`) && test(entry.payload)) return live(entryKey);
      }
      return undefined;
    };
    return {
      async upsert(id, payload, expiresIn) {
        sweep();
        const expiresAt = typeof expiresIn === "number" ? Date.now() + expiresIn * 1000 : undefined;
        entries.set(key(id), { payload, expiresAt });
      },
      async find(id) {
        // No single sign-on: a session cookie from an earlier sign-in finds nothing.
        if (model === "Session") return undefined;
        return live(key(id));
      },
      async findByUid(uid) {
        return firstWhere((payload) => payload.uid === uid);
      },
      async findByUserCode(userCode) {
        return firstWhere((payload) => payload.userCode === userCode);
      },
      async consume(id) {
        const payload = live(key(id));
        if (payload) payload.consumed = Math.floor(Date.now() / 1000);
      },
      async destroy(id) {
        entries.delete(key(id));
      },
      async revokeByGrantId(grantId) {
        for (const [entryKey, entry] of entries) {
          if (entry.payload.grantId === grantId) entries.delete(entryKey);
        }
      },
    };
  };
}
