import "server-only";
import { createNotice } from "@/features/notices/server";
import { notifyPrivacyRequestCompleted } from "@/features/notifications/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
// How a requester hears of a change to their request: a mail always, an in-app notice if a customer, and
// a push when it is completed, if they chose that.
import { PRIVACY_REQUEST_STATUS_LABELS, PRIVACY_REQUEST_TYPE_LABELS } from "@/platform/format/labels";
import { type MailOptions, sendMailOrLog } from "@/platform/mail/mailer";
import { privacyRequestMail } from "@/platform/mail/templates";
import { deadlineText, effectiveDueAt } from "../domain/request-deadline";
import { EVENT_NAMES, OPEN_STATUSES, type PrivacyRequestEventKind } from "../domain/requests";

/** The page where a customer follows one of their requests. */
export const ownRequestPath = (requestId: string) => `/min-side/personvern/foresporsler/${requestId}`;

/** The in-app notice of a change, for a requester who is a customer (others are mailed only). */
export async function noticeOfChange(
  tx: Prisma.TransactionClient,
  request: { customerId: string | null },
  requestId: string,
  kind: PrivacyRequestEventKind,
) {
  if (!request.customerId) return;
  await createNotice(tx, {
    customerId: request.customerId,
    text: `Nytt i personvernforespørselen din: ${EVENT_NAMES[kind]}.`,
    href: ownRequestPath(requestId),
  });
}

/**
 * Mails the requester (the customer's contact email, else the email the request gave) about a change;
 * `to` is the address read before an erasure removed both.
 */
export async function notifyRequester(
  requestId: string,
  kind: PrivacyRequestEventKind,
  mail: MailOptions | undefined,
  to: string | null = null,
) {
  const request = await db.privacyRequest.findUniqueOrThrow({
    where: { id: requestId },
    select: {
      id: true,
      customerId: true,
      type: true,
      status: true,
      dueAt: true,
      extendedDueAt: true,
      requesterEmail: true,
      customer: { select: { email: true, user: { select: { id: true } } } },
      events: { where: { kind }, orderBy: { createdAt: "desc" }, take: 1, select: { note: true } },
    },
  });
  // A push too, for a customer who chose it: it says only that the request is done.
  if (kind === "completed" && request.customerId) {
    await notifyPrivacyRequestCompleted(request.customerId, request.id, ownRequestPath(request.id));
  }
  const recipient = to ?? request.customer?.email ?? request.requesterEmail;
  if (!recipient) return;
  const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
  await sendMailOrLog(
    "privacy request",
    {
      to: recipient,
      ...privacyRequestMail({
        typeName: PRIVACY_REQUEST_TYPE_LABELS[request.type],
        statusName: PRIVACY_REQUEST_STATUS_LABELS[request.status],
        eventName: EVENT_NAMES[kind],
        note: request.events[0]?.note ?? "",
        dueText: open ? deadlineText(effectiveDueAt(request)) : null,
        link: request.customer?.user ? `${env().APP_URL}${ownRequestPath(request.id)}` : null,
      }),
    },
    mail,
  );
}
