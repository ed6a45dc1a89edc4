import "server-only";
// The Web Push client: web-push encrypts the payload for one browser (RFC 8291, aes128gcm) and signs
// the VAPID header (RFC 8292); the request itself goes by fetch, with a short timeout, to whichever
// push service the browser chose (FCM, Mozilla, Apple; the local push service outside production).
import webpush from "web-push";
import { logError, NamedFailure } from "@/platform/log";
import { configuredVapidKeys, type VapidKeys } from "./vapid";

export interface PushTarget {
  endpoint: string;
  /** The browser's P-256 public key, base64url. */
  p256dh: string;
  /** The browser's 16-byte auth secret, base64url. */
  auth: string;
}

/** gone: the subscription no longer exists (404/410), remove it; refused: the push service said no to
 * this request (another 4xx); unavailable: try later (network, timeout, 429, 5xx, no VAPID keys). */
export type PushOutcome = { ok: true } | { ok: false; reason: "gone" | "refused" | "unavailable" };

export interface SendPushOptions {
  /** The keys to sign with; the configured ones by default. */
  vapid?: VapidKeys;
  timeoutMs?: number;
  /** How long the push service keeps the message for a device that is offline. */
  ttlSeconds?: number;
}

const PUSH_TIMEOUT_MS = 5000;
/** A day: a notification about today's or tomorrow's prices means nothing later than that. */
const DEFAULT_TTL_SECONDS = 24 * 60 * 60;

class PushFailure extends NamedFailure {
  override name = "PushFailure";
}

/** Sends one encrypted message (`payload`, the JSON the service worker reads) to one browser. */
export async function sendPush(
  target: PushTarget,
  payload: string,
  options: SendPushOptions = {},
): Promise<PushOutcome> {
  const vapid = options.vapid ?? configuredVapidKeys();
  if (!vapid) return { ok: false, reason: "unavailable" };
  let request: ReturnType<typeof webpush.generateRequestDetails>;
  try {
    request = webpush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      {
        vapidDetails: vapid,
        TTL: options.ttlSeconds ?? DEFAULT_TTL_SECONDS,
        contentEncoding: "aes128gcm",
        urgency: "normal",
      },
    );
  } catch (error) {
    // A key that is not a point on the curve: this subscription can never be sent to.
    logError("push.encrypt", error);
    return { ok: false, reason: "refused" };
  }
  const { "Content-Length": _length, ...headers } = request.headers as Record<string, string>;
  try {
    const response = await fetch(request.endpoint, {
      method: "POST",
      headers,
      body: new Uint8Array(request.body ?? Buffer.alloc(0)),
      redirect: "error",
      signal: AbortSignal.timeout(options.timeoutMs ?? PUSH_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return outcomeOf(response.status);
  } catch (error) {
    logError("push.send", error);
    return { ok: false, reason: "unavailable" };
  }
}

function outcomeOf(status: number): PushOutcome {
  if (status >= 200 && status < 300) return { ok: true };
  if (status === 404 || status === 410) return { ok: false, reason: "gone" };
  if (status === 429 || status >= 500) {
    logError("push.send", new PushFailure(`HTTP_${status}`));
    return { ok: false, reason: "unavailable" };
  }
  logError("push.send", new PushFailure(`HTTP_${status}`));
  return { ok: false, reason: "refused" };
}
