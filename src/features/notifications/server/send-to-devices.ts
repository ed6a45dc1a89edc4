import "server-only";
// Sends one message to every device of one customer: a gone subscription (404/410) is deleted at once,
// a device that took it gets lastSuccessAt. Whether the customer wants it is the caller's question.
import { db } from "@/platform/db";
import { type PushOutcome, type SendPushOptions, sendPush } from "@/platform/push/send-push";
import { type PushMessage, pushPayload } from "../domain/push-message";

export interface DeliveryCounts {
  sent: number;
  gone: number;
  refused: number;
  unavailable: number;
}

export async function sendToDevices(
  customerId: string,
  message: PushMessage,
  options: SendPushOptions = {},
): Promise<DeliveryCounts> {
  const devices = await db.pushSubscription.findMany({
    where: { customerId },
    select: { id: true, endpoint: true, p256dh: true, auth: true },
  });
  const payload = pushPayload(message);
  const outcomes = await Promise.all(
    devices.map(async (device) => ({ id: device.id, outcome: await sendPush(device, payload, options) })),
  );
  const ids = (test: (outcome: PushOutcome) => boolean) =>
    outcomes.filter(({ outcome }) => test(outcome)).map(({ id }) => id);
  const sentIds = ids((o) => o.ok);
  const goneIds = ids((o) => !o.ok && o.reason === "gone");
  if (goneIds.length > 0)
    await db.pushSubscription.deleteMany({ where: { id: { in: goneIds }, customerId } });
  if (sentIds.length > 0) {
    await db.pushSubscription.updateMany({
      where: { id: { in: sentIds }, customerId },
      data: { lastSuccessAt: new Date() },
    });
  }
  return {
    sent: sentIds.length,
    gone: goneIds.length,
    refused: ids((o) => !o.ok && o.reason === "refused").length,
    unavailable: ids((o) => !o.ok && o.reason === "unavailable").length,
  };
}
