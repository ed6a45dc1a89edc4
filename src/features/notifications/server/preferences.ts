import "server-only";
// The customer's notification choices: read (all off until chosen) and saved from Profil.
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import { NOTIFICATION_KINDS } from "../domain/kinds";
import { chose, NO_NOTIFICATIONS, type NotificationChoices } from "../domain/preferences";

const CHOICE_FIELDS = {
  tomorrowPrices: true,
  priceAboveOre: true,
  inquiryAnswer: true,
  privacyCompleted: true,
  invoiceIssued: true,
} as const;

export async function getNotificationChoices(customerId: string): Promise<NotificationChoices> {
  const row = await db.notificationPreference.findUnique({ where: { customerId }, select: CHOICE_FIELDS });
  return row ?? NO_NOTIFICATIONS;
}

export async function updateNotificationChoices(
  session: { userId: string; customerId: string },
  choices: NotificationChoices,
): Promise<{ ok: true }> {
  const { customerId } = session;
  await db.$transaction(async (tx) => {
    await tx.notificationPreference.upsert({
      where: { customerId },
      create: { customerId, ...choices },
      update: choices,
      select: { customerId: true },
    });
    await writeAudit(tx, {
      actorUserId: session.userId,
      actorRole: "CUSTOMER",
      subjectCustomerId: customerId,
      action: "notifications.preferences",
      metadata: { kinds: NOTIFICATION_KINDS.filter((kind) => chose(choices, kind)) },
    });
  });
  return { ok: true };
}
