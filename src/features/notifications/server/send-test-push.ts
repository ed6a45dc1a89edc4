import "server-only";
// "Send en testvarsel" on Profil: the customer asks for it, so no kind needs choosing; a restriction
// still stops it, as every notification.
import type { SendPushOptions } from "@/platform/push/send-push";
import { TEST_PUSH_MESSAGE } from "../domain/push-message";
import { type NotifyRefusal, notifiable } from "./may-notify";
import { type DeliveryCounts, sendToDevices } from "./send-to-devices";

export type TestPushResult =
  | ({ ok: true } & DeliveryCounts)
  | { ok: false; reason: NotifyRefusal | "no-devices" | "not-delivered" };

export async function sendTestPush(
  customerId: string,
  options: SendPushOptions = {},
): Promise<TestPushResult> {
  const allowed = await notifiable(customerId);
  if (!allowed.ok) return allowed;
  const counts = await sendToDevices(customerId, TEST_PUSH_MESSAGE, options);
  if (counts.sent + counts.gone + counts.refused + counts.unavailable === 0) {
    return { ok: false, reason: "no-devices" };
  }
  if (counts.sent === 0) return { ok: false, reason: "not-delivered" };
  return { ok: true, ...counts };
}
