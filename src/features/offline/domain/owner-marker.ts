// Whose page a response is. Every page carries, in its header, a hidden marker with an opaque key of
// the signed-in customer (a keyed hash of the user id, never the id) and when their session ends. The
// service worker keeps a page only beside pages of the same key, and never after that time.

export const OWNER_ATTRIBUTE = "data-offline-owner";
export const UNTIL_ATTRIBUTE = "data-offline-until";

export interface PageOwner {
  /** base64url HMAC of the user id: the same for every session of one person, another for anyone else. */
  owner: string;
  /** When the session the page was rendered in ends (epoch ms): no copy is shown after it. */
  until: number;
}

const MARKER = new RegExp(
  `<[a-z]+ [^>]*?${OWNER_ATTRIBUTE}="([A-Za-z0-9_-]{20,100})" ${UNTIL_ATTRIBUTE}="(\\d{1,15})"`,
);

/**
 * The owner named by a page's HTML, or null for a page rendered without a customer session. The first
 * marker counts: it is in the site header, before anything else the page shows. Text a user typed
 * cannot forge one: React escapes its quotes.
 */
export function readOwnerMarker(html: string): PageOwner | null {
  const match = MARKER.exec(html);
  if (!match?.[1] || !match[2]) return null;
  return { owner: match[1], until: Number(match[2]) };
}
