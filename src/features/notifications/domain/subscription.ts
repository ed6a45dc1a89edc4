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
/** The local push service's send path (src/platform/push/simulator/push-service.ts): `…/send/<uuid>`. */
const LOCAL_SEND_PATH = /^\/push\/v1\/send\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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
 * Where pushes may go: HTTPS to a known push service on its default port; outside production also the
 * local push service's send URL on its own origin (`localPushOrigin`, "http://127.0.0.1:3010"), which
 * stands in for them there. Nothing else on loopback: the server would POST wherever a user points it.
 */
function isPushEndpoint(value: string, localPushOrigin: string | null): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  if (url.protocol === "https:") {
    return url.port === "" && PUSH_SERVICE_HOSTS.some((host) => host.test(url.hostname));
  }
  return (
    localPushOrigin !== null &&
    url.origin === localPushOrigin &&
    value === `${localPushOrigin}${url.pathname}` &&
    LOCAL_SEND_PATH.test(url.pathname)
  );
}

/** The subscription a browser posts; `localPushOrigin` is null in production. */
export function browserSubscriptionSchema({ localPushOrigin }: { localPushOrigin: string | null }) {
  return z.object({
    endpoint: z
      .string(NOT_A_SUBSCRIPTION)
      .max(PUSH_ENDPOINT_MAX_LENGTH, NOT_A_SUBSCRIPTION)
      .refine((value) => isPushEndpoint(value, localPushOrigin), NOT_A_SUBSCRIPTION),
    // An uncompressed P-256 point: 0x04, then x and y of 32 bytes each (RFC 8291).
    p256dh: base64UrlOf(65, (point) => point[0] === 0x04),
    // The authentication secret: 16 random bytes (RFC 8291).
    auth: base64UrlOf(16),
  });
}

/** The production rule: HTTPS push services only. */
export const ZBrowserSubscription = browserSubscriptionSchema({ localPushOrigin: null });

export type BrowserSubscription = z.infer<typeof ZBrowserSubscription>;

/** "Slå av på denne enheten": the endpoint this browser holds, to remove its row. */
export const ZSubscriptionEndpoint = z.object({
  endpoint: z.string(NOT_A_SUBSCRIPTION).min(1, NOT_A_SUBSCRIPTION).max(PUSH_ENDPOINT_MAX_LENGTH),
});
