import "server-only";
// A notification of one kind to one customer's devices, if they chose that kind and may be notified.
import type { SendPushOptions } from "@/platform/push/send-push";
import type { NotificationKind } from "../domain/kinds";
import { chose } from "../domain/preferences";
import type { PushMessage } from "../domain/push-message";
import { type NotifyRefusal, notifiable } from "./may-notify";
import { type DeliveryCounts, sendToDevices } from "./send-to-devices";

export type DeliveryResult =
  | ({ ok: true } & DeliveryCounts)
  | { ok: false; reason: NotifyRefusal | "not-chosen" };

export async function deliverPush(
  customerId: string,
  kind: NotificationKind,
  message: PushMessage,
  options: SendPushOptions = {},
): Promise<DeliveryResult> {
  const allowed = await notifiable(customerId);
  if (!allowed.ok) return allowed;
  if (!chose(allowed.choices, kind)) return { ok: false, reason: "not-chosen" };
  return { ok: true, ...(await sendToDevices(customerId, message, options)) };
}
