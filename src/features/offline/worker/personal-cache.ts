// The customer's offline copies: one Cache Storage cache that only ever holds pages of one owner,
// next to a record of that owner and when their session ends. Another owner, no owner, or the end
// of the session empties it.
import type { PageOwner } from "../domain/owner-marker";

const CACHE_NAME = "min-side-personal-v1";
/** The record of whose copies these are: a key no page request can ask for. */
const OWNER_KEY = "/__offline-owner__";
const FETCHED_AT = "x-offline-fetched-at";
/** Forbruk has a copy per period looked at: keep the cache small. */
const MAX_COPIES = 30;

export interface PersonalCopy {
  response: Response;
  fetchedAt: number;
}

async function recordedOwner(cache: Cache): Promise<PageOwner | null> {
  const record = await cache.match(OWNER_KEY);
  return record ? ((await record.json()) as PageOwner) : null;
}

function recordOwner(cache: Cache, owner: PageOwner): Promise<void> {
  return cache.put(OWNER_KEY, Response.json(owner));
}

/** Deletes every personal copy (sign-out, another person, a session that ended). */
export async function clearPersonalCopies(): Promise<void> {
  await caches.delete(CACHE_NAME);
}

/** The page's owner has been seen (a page's header): a different one, or none, clears the copies. */
export async function ownerSeen(owner: PageOwner | null): Promise<void> {
  if (!(await caches.has(CACHE_NAME))) return;
  const cache = await caches.open(CACHE_NAME);
  const current = await recordedOwner(cache);
  if (!owner || !current || current.owner !== owner.owner) return clearPersonalCopies();
  await recordOwner(cache, owner);
}

/** Keeps a signed-in page of `owner`, after clearing another owner's copies. */
export async function keepCopy(url: string, response: Response, owner: PageOwner): Promise<void> {
  const current = (await caches.has(CACHE_NAME)) ? await recordedOwner(await caches.open(CACHE_NAME)) : null;
  if (current && current.owner !== owner.owner) await clearPersonalCopies();
  const cache = await caches.open(CACHE_NAME);
  await recordOwner(cache, owner);
  const headers = new Headers(response.headers);
  headers.set(FETCHED_AT, String(Date.now()));
  // Kept under its plain URL: the copy must answer a request without Next.js's RSC headers.
  headers.delete("vary");
  await cache.put(url, new Response(await response.blob(), { status: response.status, headers }));
  const keys = (await cache.keys()).filter((request) => !request.url.endsWith(OWNER_KEY));
  // Cache keys come back in insertion order, and a put moves a key to the end.
  for (const stale of keys.slice(0, Math.max(0, keys.length - MAX_COPIES))) await cache.delete(stale);
}

/** The copy of `url`, if one is kept and the session it belongs to has not ended; else nothing. */
export async function findCopy(url: string): Promise<PersonalCopy | null> {
  if (!(await caches.has(CACHE_NAME))) return null;
  const cache = await caches.open(CACHE_NAME);
  const owner = await recordedOwner(cache);
  if (!owner || owner.until <= Date.now()) {
    await clearPersonalCopies();
    return null;
  }
  const response = await cache.match(url);
  if (!response) return null;
  return { response, fetchedAt: Number(response.headers.get(FETCHED_AT)) };
}
