import "server-only";
import { createNotice } from "@/features/notices/server";
// Customer service takes a thread, or closes it.
import { changeOpenThread, type StaffActionResult } from "./open-thread";
import { customerThreadPath } from "./thread-paths";
import type { Staff } from "./threads";

export async function assignInquiryToSelf(staff: Staff, inquiryId: string): Promise<StaffActionResult> {
  const outcome = await changeOpenThread(staff, inquiryId, "inquiry.assign", async (tx, thread) => {
    await tx.inquiry.update({
      where: { id: thread.id },
      data: { assignedToUserId: staff.userId },
      select: { id: true },
    });
  });
  return outcome.ok ? { ok: true } : outcome;
}

/** Closes a thread; closedAt is the date the register's retention for inquiries counts from. */
export async function closeInquiry(staff: Staff, inquiryId: string): Promise<StaffActionResult> {
  const outcome = await changeOpenThread(staff, inquiryId, "inquiry.close", async (tx, thread) => {
    await tx.inquiry.update({
      where: { id: thread.id },
      data: { status: "CLOSED", closedAt: new Date() },
      select: { id: true },
    });
    if (thread.customerId) {
      await createNotice(tx, {
        customerId: thread.customerId,
        text: "Kundeservice har lukket en henvendelse fra deg.",
        href: customerThreadPath(thread.id),
      });
    }
  });
  return outcome.ok ? { ok: true } : outcome;
}
