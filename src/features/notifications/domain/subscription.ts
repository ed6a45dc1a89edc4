// A browser's push subscription as PushSubscription.toJSON() gives it, checked before it is stored:
// the server will send to the endpoint, so only a push service's address is taken.
import { z } from "zod";

export const PUSH_ENDPOINT_MAX_LENGTH = 1024;

/** The push services of the browsers Min side supports: Chrome/Edge (FCM), Firefox, Safari, Windows. */
const PUSH_SERVICE_HOSTS = [
  /^fcm\.googleapis\.com$/,
  /^android\.googleapis\.com$/,
  /^updates\.push\.services\.mozilla\.com$/,
  /^(?:[a-z0-9-]+\.)*push\.apple\.com$/,
  /^(?:[a-z0-9-]+\.)*notify\.windows\.com$/,
];
const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

const NOT_A_SUBSCRIPTION =
  "Nettleseren ga oss et varslingsabonnement vi ikke kan bruke. Last siden på nytt og prøv igjen.";

/** base64url of exactly `bytes` bytes (padding allowed, as some browsers send it). */
function base64UrlOf(bytes: number, check?: (decoded: Buffer) => boolean) {
  return z
    .string(NOT_A_SUBSCRIPTION)
    .max(200, NOT_A_SUBSCRIPTION)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, NOT_A_SUBSCRIPTION)
    .refine((value) => {
      const decoded = Buffer.from(value, "base64url");
      return decoded.length === bytes && (check?.(decoded) ?? true);
    }, NOT_A_SUBSCRIPTION);
}

/**
 * Where pushes may go: HTTPS to a known push service; outside production also the local push service
 * over plain HTTP on loopback (src/platform/push/simulator.ts), which stands in for them there.
 */
export function isPushEndpoint(value: string, { allowLocal }: { allowLocal: boolean }): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "https:") return PUSH_SERVICE_HOSTS.some((host) => host.test(url.hostname));
  return allowLocal && url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname);
}

/** The subscription a browser posts; `allowLocal` is false in production. */
export function browserSubscriptionSchema({ allowLocal }: { allowLocal: boolean }) {
  return z.object({
    endpoint: z
      .string(NOT_A_SUBSCRIPTION)
      .max(PUSH_ENDPOINT_MAX_LENGTH, NOT_A_SUBSCRIPTION)
      .refine((value) => isPushEndpoint(value, { allowLocal }), NOT_A_SUBSCRIPTION),
    // An uncompressed P-256 point: 0x04, then x and y of 32 bytes each (RFC 8291).
    p256dh: base64UrlOf(65, (point) => point[0] === 0x04),
    // The authentication secret: 16 random bytes (RFC 8291).
    auth: base64UrlOf(16),
  });
}

/** The production rule: HTTPS push services only. */
export const ZBrowserSubscription = browserSubscriptionSchema({ allowLocal: false });

export type BrowserSubscription = z.infer<typeof ZBrowserSubscription>;

/** "Slå av på denne enheten": the endpoint this browser holds, to remove its row. */
export const ZSubscriptionEndpoint = z.object({
  endpoint: z.string(NOT_A_SUBSCRIPTION).min(1, NOT_A_SUBSCRIPTION).max(PUSH_ENDPOINT_MAX_LENGTH),
});
