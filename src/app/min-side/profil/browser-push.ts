// What the "Varsler" card asks of this browser: whether it can get notifications at all, its current
// subscription, and a new one for Min side's VAPID key. Browser-only code, used by this-device-notifications.tsx.

export type PushSupport = "supported" | "unsupported" | "ios-needs-install";

export function pushSupport(): PushSupport {
  const supported = "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;
  if (supported) return "supported";
  // Safari on iPhone and iPad offers Web Push only to a web app added to the home screen (iOS 16.4+).
  const ios =
    /iPhone|iPad|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
  const installed = window.matchMedia("(display-mode: standalone)").matches;
  return ios && !installed ? "ios-needs-install" : "unsupported";
}

/** The worker's registration, or undefined when none is active within a few seconds. */
export async function workerRegistration(): Promise<ServiceWorkerRegistration | undefined> {
  const timeout = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url.replace(/-/g, "+").replace(/_/g, "/");
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** Subscribes with Min side's key; a subscription made with another key (an earlier one) is replaced. */
export async function subscribeHere(
  registration: ServiceWorkerRegistration,
  vapidPublicKey: string,
): Promise<PushSubscription> {
  const options = { userVisibleOnly: true, applicationServerKey: keyBytes(vapidPublicKey) };
  try {
    return await registration.pushManager.subscribe(options);
  } catch (error) {
    const existing = await registration.pushManager.getSubscription();
    if (!existing) throw error;
    await existing.unsubscribe();
    return registration.pushManager.subscribe(options);
  }
}

/** The subscription as form fields for the server action. */
export function subscriptionForm(subscription: PushSubscription): FormData {
  const json = subscription.toJSON();
  const form = new FormData();
  form.set("endpoint", json.endpoint ?? "");
  form.set("p256dh", json.keys?.p256dh ?? "");
  form.set("auth", json.keys?.auth ?? "");
  return form;
}

/** The same fingerprint the server gives each device (sha256 of the endpoint, 16 hex digits). */
export async function endpointFingerprint(endpoint: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(endpoint));
  return [...new Uint8Array(digest)]
    .map((byte) => byte.toString(16).padStart(2, "0"))
    .join("")
    .slice(0, 16);
}
