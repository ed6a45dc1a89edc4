import "server-only";
// Whether a customer may be sent a notification at all: not while they restrict processing (Art. 18:
// a notification is not needed for the contract), and never after erasure.
import { db } from "@/platform/db";
import { NO_NOTIFICATIONS, type NotificationChoices } from "../domain/preferences";

export type NotifyRefusal = "no-customer" | "restricted";

export async function notifiable(
  customerId: string,
): Promise<{ ok: true; choices: NotificationChoices } | { ok: false; reason: NotifyRefusal }> {
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      restrictedAt: true,
      anonymisedAt: true,
      notificationPreference: {
        select: {
          tomorrowPrices: true,
          priceAboveOre: true,
          inquiryAnswer: true,
          privacyCompleted: true,
          invoiceIssued: true,
        },
      },
    },
  });
  if (!customer || customer.anonymisedAt) return { ok: false, reason: "no-customer" };
  if (customer.restrictedAt) return { ok: false, reason: "restricted" };
  return { ok: true, choices: customer.notificationPreference ?? NO_NOTIFICATIONS };
}
