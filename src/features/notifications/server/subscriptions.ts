import "server-only";
// What several use cases share about the stored subscriptions: which endpoints a form may name, and
// the short fingerprint that lets a browser find its own row in the list without the list carrying
// any endpoint (an endpoint is a capability: whoever holds it with the keys can push to the device).
import { createHash } from "node:crypto";
import { env } from "@/platform/env";
import { browserSubscriptionSchema } from "../domain/subscription";

/** How many devices one customer may have notifications on; a new one past this is refused. */
export const MAX_DEVICES_PER_CUSTOMER = 20;

/** The subscription schema for this server: the local push service too, outside production. */
export function subscriptionSchema() {
  return browserSubscriptionSchema({ allowLocal: env().APP_ENV !== "production" });
}

/** sha256 of the endpoint, first 16 hex digits: the browser computes the same (notifications-card.tsx). */
export function endpointFingerprint(endpoint: string): string {
  return createHash("sha256").update(endpoint).digest("hex").slice(0, 16);
}
