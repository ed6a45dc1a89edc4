import "server-only";
// Notifications go out from a pg-boss job (send-push), after the change they tell of has committed:
// a push service that is down delays the notification, never the change.
import { enqueueJob } from "@/platform/jobs/job-queue";
import { logError, NamedFailure } from "@/platform/log";
import type { NotificationKind } from "../domain/kinds";
import { type PushMessage, SEND_PUSH_JOB } from "../domain/push-message";
import { ZSendPushJob } from "../domain/send-push-job";
import { deliverPush } from "./deliver-push";

/** Queues a notification; false (and logged) when it could not be queued. */
export async function queuePush(
  customerId: string,
  kind: NotificationKind,
  message: PushMessage,
): Promise<boolean> {
  const data = ZSendPushJob.parse({ customerId, kind, message });
  return enqueueJob(SEND_PUSH_JOB, data).catch((error: unknown) => {
    logError("notifications.enqueue", error);
    return false;
  });
}

class PushUnavailable extends NamedFailure {
  override name = "PushUnavailable";
}

/**
 * The job. Throws only when no device took the message and some push service was unavailable, so
 * pg-boss tries again later; a device that did take it would otherwise get it twice.
 */
export async function runSendPushJob(data: unknown) {
  const payload = ZSendPushJob.safeParse(data);
  if (!payload.success) return { ok: false as const, reason: "bad-payload" };
  const { customerId, kind, message } = payload.data;
  const result = await deliverPush(customerId, kind, message);
  if (result.ok && result.sent === 0 && result.unavailable > 0) throw new PushUnavailable("PUSH_UNAVAILABLE");
  return result;
}
