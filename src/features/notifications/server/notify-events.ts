import "server-only";
// The notifications of a change someone else made (an answer, a completed request, an invoice), queued
// after the change has committed: queueing that fails is logged and the change stands, and the caller
// (a staff action, the billing run) never sees it fail. Whether the customer chose the kind, and may be
// notified at all, is the send-push job's question (deliverPush).
import { logError } from "@/platform/log";
import type { NotificationKind } from "../domain/kinds";
import type { PushMessage } from "../domain/push-message";
import { inquiryAnswerMessage, invoiceIssuedMessage, privacyCompletedMessage } from "../domain/trigger-texts";
import { queuePush } from "./queue-push";

async function queueQuietly(customerId: string, kind: NotificationKind, message: PushMessage) {
  try {
    return await queuePush(customerId, kind, message);
  } catch (error) {
    logError(`notifications.${kind}`, error);
    return false;
  }
}

export function notifyInquiryAnswered(customerId: string, inquiryId: string, threadPath: string) {
  return queueQuietly(customerId, "inquiry-answer", inquiryAnswerMessage(inquiryId, threadPath));
}

export function notifyPrivacyRequestCompleted(customerId: string, requestId: string, requestPath: string) {
  return queueQuietly(customerId, "privacy-completed", privacyCompletedMessage(requestId, requestPath));
}

export function notifyInvoiceIssued(customerId: string, invoiceId: string, creditNote: boolean) {
  return queueQuietly(customerId, "invoice-issued", invoiceIssuedMessage(invoiceId, creditNote));
}
