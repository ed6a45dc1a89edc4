// The customer's offline copies: one Cache Storage cache that only ever holds pages of one owner,
// next to a record of that owner and when their session ends. Another owner, no owner, or the end
// of the session empties it.
import { dropPushSubscription } from "@/features/notifications/worker";
import type { PageOwner } from "../domain/owner-marker";
import { personLeft } from "../domain/person-left";

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

async function recordOwner(cache: Cache | Promise<Cache>, owner: PageOwner): Promise<void> {
  await (await cache).put(OWNER_KEY, Response.json(owner));
}

/**
 * How many times the copies were cleared, and for whom the last time (the owner whose page caused it, or
 * null: a sign-out, an ended session): a page still arriving when the copies are cleared is kept only if
 * it is that owner's (keepCopy compares the count from when its request started). The next person's own
 * first page races the clear their sign-in causes, and must not be lost to it.
 */
let clears = 0;
let lastClearedFor: string | null = null;
/** One change at a time: a clear never interleaves with a copy being written. */
let queue: Promise<void> = Promise.resolve();

function serially(change: () => Promise<void>): Promise<void> {
  queue = queue.then(change, change);
  return queue;
}

export function clearCount(): number {
  return clears;
}

async function deleteCopies(forOwner: string | null): Promise<void> {
  clears++;
  lastClearedFor = forOwner;
  await caches.delete(CACHE_NAME);
}

/**
 * Deletes every personal copy (sign-out, another person, a session that ended). Counted at once, so a
 * copy queued before it is not written after it.
 */
export function clearPersonalCopies(forOwner: string | null = null): Promise<void> {
  clears++;
  lastClearedFor = forOwner;
  return serially(async () => {
    await caches.delete(CACHE_NAME);
  });
}

async function currentOwner(): Promise<PageOwner | null> {
  return (await caches.has(CACHE_NAME)) ? recordedOwner(await caches.open(CACHE_NAME)) : null;
}

/**
 * The page's owner has been seen (a page's header): a different one, or none, clears the copies; when
 * the person left (domain/person-left.ts), their push subscription ends too.
 */
export async function ownerSeen(owner: PageOwner | null): Promise<void> {
  const current = await currentOwner();
  if (personLeft(current, owner, Date.now())) await dropPushSubscription();
  if (!owner) return clearPersonalCopies();
  if (!current || current.owner !== owner.owner) {
    return current ? clearPersonalCopies(owner.owner) : undefined;
  }
  await serially(() => recordOwner(caches.open(CACHE_NAME), owner));
}

/**
 * Keeps a signed-in page of `owner`, after clearing another owner's copies; nothing if the copies were
 * cleared since its request started (`clearsBefore`), unless the last clear made way for this owner.
 */
export function keepCopy(url: string, response: Response, owner: PageOwner, clearsBefore: number) {
  return serially(async () => {
    if (clears !== clearsBefore && lastClearedFor !== owner.owner) return;
    await writeCopy(url, response, owner);
  });
}

async function writeCopy(url: string, response: Response, owner: PageOwner): Promise<void> {
  const current = await currentOwner();
  // Already in the queue: delete directly (queueing the clear here would wait for itself).
  if (current && current.owner !== owner.owner) {
    await dropPushSubscription();
    await deleteCopies(owner.owner);
  }
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

/** Whether a copy of `url` fetched less than `maxAgeMs` ago is kept (for the recorded owner). */
export async function hasFreshCopy(url: string, maxAgeMs: number): Promise<boolean> {
  if (!(await caches.has(CACHE_NAME))) return false;
  const kept = await (await caches.open(CACHE_NAME)).match(url);
  return Date.now() - Number(kept?.headers.get(FETCHED_AT) ?? 0) < maxAgeMs;
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
