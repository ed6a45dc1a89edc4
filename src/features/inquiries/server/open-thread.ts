import "server-only";
import { writeAudit } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { inquiryAudit, type Staff } from "./threads";

export type StaffActionResult = { ok: true } | { ok: false; reason: "not-found" | "closed" };

type OpenThread = {
  id: string;
  customerId: string | null;
  customerEmail: string | null;
  requesterEmail: string | null;
  /** The hash of the link last mailed to a requester without a login. */
  readTokenHash: string | null;
};

/** Runs a staff change on a thread that exists and is not closed, with its audit row, in one transaction. */
export async function changeOpenThread<T>(
  staff: Staff,
  inquiryId: string,
  action: "inquiry.assign" | "inquiry.reply" | "inquiry.close",
  change: (tx: Prisma.TransactionClient, thread: OpenThread) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false; reason: "not-found" | "closed" }> {
  return db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({
      where: { id: inquiryId },
      select: {
        id: true,
        status: true,
        customerId: true,
        requesterEmail: true,
        readTokenHash: true,
        customer: { select: { email: true } },
      },
    });
    if (!inquiry) return { ok: false, reason: "not-found" };
    if (inquiry.status === "CLOSED") return { ok: false, reason: "closed" };
    const thread = {
      id: inquiry.id,
      customerId: inquiry.customerId,
      customerEmail: inquiry.customer?.email ?? null,
      requesterEmail: inquiry.requesterEmail,
      readTokenHash: inquiry.readTokenHash,
    };
    const value = await change(tx, thread);
    await writeAudit(tx, inquiryAudit(staff, action, thread));
    return { ok: true, value };
  });
}
