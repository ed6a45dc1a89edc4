import "server-only";
// Everything Profil's "Varsler" card shows: the choices, the devices, whether a restriction pauses
// notifications, and the public key the browser subscribes with (none: notifications are not set up).
import { db } from "@/platform/db";
import { configuredVapidKeys } from "@/platform/push/vapid";
import type { NotificationChoices } from "../domain/preferences";
import { listDevices, type NotificationDevice } from "./list-devices";
import { getNotificationChoices } from "./preferences";

export interface NotificationSettings {
  choices: NotificationChoices;
  devices: NotificationDevice[];
  restricted: boolean;
  vapidPublicKey: string | null;
}

export async function notificationSettings(customerId: string): Promise<NotificationSettings> {
  const [choices, devices, customer] = await Promise.all([
    getNotificationChoices(customerId),
    listDevices(customerId),
    db.customer.findUnique({ where: { id: customerId }, select: { restrictedAt: true } }),
  ]);
  return {
    choices,
    devices,
    restricted: customer?.restrictedAt != null,
    vapidPublicKey: configuredVapidKeys()?.publicKey ?? null,
  };
}
