import "server-only";
// Turning notifications off: this browser's row (by the endpoint it holds), or a device from the list
// (by its id). Only the signed-in customer's own rows are touched.
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";

export type RemoveSubscriptionResult = { ok: true; removed: number };

export async function removeSubscription(
  session: { userId: string; customerId: string },
  which: { endpoint: string } | { id: string },
): Promise<RemoveSubscriptionResult> {
  const { customerId } = session;
  return db.$transaction(async (tx) => {
    const { count } = await tx.pushSubscription.deleteMany({ where: { customerId, ...which } });
    await writeAudit(tx, {
      actorUserId: session.userId,
      actorRole: "CUSTOMER",
      subjectCustomerId: customerId,
      action: "notifications.unsubscribe",
      metadata: { how: "endpoint" in which ? "this-device" : "listed-device", removed: count },
    });
    return { ok: true, removed: count } as const;
  });
}
