import "server-only";
// The devices a customer has notifications on, for Profil: labels and times, never an endpoint or key.
import { db } from "@/platform/db";
import { endpointFingerprint } from "./subscriptions";

export interface NotificationDevice {
  id: string;
  deviceLabel: string;
  createdAt: Date;
  lastSuccessAt: Date | null;
  /** Lets the browser tell which row is itself (subscriptions.ts). */
  fingerprint: string;
}

export async function listDevices(customerId: string): Promise<NotificationDevice[]> {
  const rows = await db.pushSubscription.findMany({
    where: { customerId },
    select: { id: true, deviceLabel: true, createdAt: true, lastSuccessAt: true, endpoint: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(({ endpoint, ...device }) => ({ ...device, fingerprint: endpointFingerprint(endpoint) }));
}
