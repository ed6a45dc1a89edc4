// Web Push in the browser suite. Headless Chromium cannot reach a browser vendor's push service, so
// the one thing stood in for is the browser's own part: PushManager.subscribe() returns a subscription
// the suite's local push service (the simulator's /push module) made over HTTP, bound to the portal's
// VAPID key as a vendor's would be. Everything else is real: the portal encrypts and signs the push,
// the local push service checks and decrypts it, and CDP hands the decrypted payload to the page's
// service worker as the browser would on receiving it.
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import { E2E_DIR, E2E_SIMULATOR_URL } from "./e2e-settings";

export interface LocalSubscription {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

/** The portal's public VAPID key: the suite's server made it in its data folder (scripts/lib/vapid-keys.ts). */
function portalPublicKey(): string {
  return (JSON.parse(fs.readFileSync(path.join(E2E_DIR, "vapid.json"), "utf8")) as { publicKey: string })
    .publicKey;
}

/** Grants notifications and makes this page's PushManager hand out a local push service subscription. */
export async function standInForBrowserPush(context: BrowserContext, page: Page): Promise<LocalSubscription> {
  await context.grantPermissions(["notifications"]);
  const applicationServerKey = portalPublicKey();
  const response = await fetch(`${E2E_SIMULATOR_URL}/push/v1/subscriptions`, {
    method: "POST",
    body: JSON.stringify({ applicationServerKey }),
  });
  const subscription = (await response.json()) as LocalSubscription;
  await page.addInitScript(
    ({ made, expectedKey }) => {
      let current: PushSubscription | null = null;
      const toBase64Url = (key: BufferSource | string | null | undefined) => {
        if (typeof key === "string" || !key) return key ?? "";
        const bytes = new Uint8Array(ArrayBuffer.isView(key) ? key.buffer : key);
        return btoa(String.fromCharCode(...bytes))
          .replace(/\+/g, "-")
          .replace(/\//g, "_")
          .replace(/=+$/, "");
      };
      PushManager.prototype.subscribe = async (options?: PushSubscriptionOptionsInit) => {
        // A browser subscribes for the key it is given: the portal must give its own.
        if (toBase64Url(options?.applicationServerKey) !== expectedKey) {
          throw new DOMException("Wrong applicationServerKey", "InvalidAccessError");
        }
        current = {
          endpoint: made.endpoint,
          expirationTime: null,
          options: { userVisibleOnly: true, applicationServerKey: null },
          getKey: () => null,
          toJSON: () => ({ endpoint: made.endpoint, expirationTime: null, keys: made.keys }),
          unsubscribe: async () => {
            current = null;
            return true;
          },
        } as unknown as PushSubscription;
        return current;
      };
      PushManager.prototype.getSubscription = async () => current;
    },
    { made: subscription, expectedKey: applicationServerKey },
  );
  return subscription;
}

/** What the local push service received for a subscription, decrypted. */
export async function receivedPushes(id: string): Promise<string[]> {
  const response = await fetch(`${E2E_SIMULATOR_URL}/push/v1/subscriptions/${id}/messages`);
  return ((await response.json()) as { messages: { text: string }[] }).messages.map((m) => m.text);
}

/** Hands a push payload to the page's service worker, as Chromium does when its push service delivers one. */
export async function deliverToWorker(context: BrowserContext, page: Page, data: string): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const registration = new Promise<string>((resolve) => {
    cdp.on("ServiceWorker.workerRegistrationUpdated", ({ registrations }) => {
      const found = registrations.find((r) => r.scopeURL === `${origin}/` && !r.isDeleted);
      if (found) resolve(found.registrationId);
    });
  });
  await cdp.send("ServiceWorker.enable");
  await cdp.send("ServiceWorker.deliverPushMessage", { origin, registrationId: await registration, data });
}

/** The notifications the page's service worker shows now. */
export function shownNotifications(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return (await registration.getNotifications()).map((n) => ({
      title: n.title,
      body: n.body,
      data: n.data,
    }));
  });
}
