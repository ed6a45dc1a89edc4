import "server-only";
// What several use cases share about the stored subscriptions: which endpoints a form may name, and
// the short fingerprint that lets a browser find its own row in the list without the list carrying
// any endpoint (an endpoint is a capability: whoever holds it with the keys can push to the device).
import { createHash } from "node:crypto";
import { env } from "@/platform/env";
import { browserSubscriptionSchema } from "../domain/subscription";

/** How many devices one customer may have notifications on; a new one past this is refused. */
export const MAX_DEVICES_PER_CUSTOMER = 20;

/**
 * The subscription schema for this server: outside production also the local push service, the
 * simulator's module on SIMULATOR_PORT (the browser suite's stand-in subscribes there).
 */
export function subscriptionSchema() {
  const config = env();
  const localPushOrigin =
    config.APP_ENV === "production" ? null : `http://127.0.0.1:${config.SIMULATOR_PORT}`;
  return browserSubscriptionSchema({ localPushOrigin });
}

/** sha256 of the endpoint, first 16 hex digits: the browser computes the same (notifications-card.tsx). */
export function endpointFingerprint(endpoint: string): string {
  return createHash("sha256").update(endpoint).digest("hex").slice(0, 16);
}
