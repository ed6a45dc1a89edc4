import "server-only";
// "Slå på varsler på denne enheten": stores the browser's subscription for the signed-in customer. An
// endpoint belongs to one browser profile, so when another person subscribed there before, their row is
// taken over. (The service worker already ended that person's subscription when they left the browser:
// src/features/notifications/worker/drop-subscription.ts.)
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import type { BrowserSubscription } from "../domain/subscription";
import { MAX_DEVICES_PER_CUSTOMER } from "./subscriptions";

export type SaveSubscriptionResult =
  | { ok: true; takenOver: boolean }
  | { ok: false; reason: "too-many-devices" };

export async function saveSubscription(
  session: { userId: string; customerId: string },
  subscription: BrowserSubscription,
  deviceLabel: string,
): Promise<SaveSubscriptionResult> {
  const { customerId } = session;
  return db.$transaction(async (tx) => {
    const existing = await tx.pushSubscription.findUnique({
      where: { endpoint: subscription.endpoint },
      select: { customerId: true },
    });
    if (existing?.customerId !== customerId) {
      const devices = await tx.pushSubscription.count({ where: { customerId } });
      if (devices >= MAX_DEVICES_PER_CUSTOMER) return { ok: false, reason: "too-many-devices" } as const;
    }
    const takenOver = existing !== null && existing.customerId !== customerId;
    const fresh = { customerId, p256dh: subscription.p256dh, auth: subscription.auth, deviceLabel };
    await tx.pushSubscription.upsert({
      where: { endpoint: subscription.endpoint },
      create: { endpoint: subscription.endpoint, ...fresh },
      // A row taken over starts anew: the previous owner's history is not this customer's.
      update: takenOver ? { ...fresh, createdAt: new Date(), lastSuccessAt: null } : fresh,
      select: { id: true },
    });
    await writeAudit(tx, {
      actorUserId: session.userId,
      actorRole: "CUSTOMER",
      subjectCustomerId: customerId,
      action: "notifications.subscribe",
      metadata: { takenOver },
    });
    return { ok: true, takenOver } as const;
  });
}
