import "server-only";
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import type { TInquiryRegister } from "../domain/inquiries";
import { inquiryAudit, type Staff } from "./threads";

/**
 * Customer service registers what someone without a login asked by email or phone: an open thread
 * in the inbox, answered like any other (the answer reaches them as a link, see replyAsStaff).
 */
export async function registerInquiry(
  staff: Staff,
  input: TInquiryRegister,
): Promise<{ ok: true; inquiryId: string }> {
  return db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.create({
      data: {
        requesterEmail: input.email,
        subject: input.subject,
        messages: { create: { author: "CUSTOMER", body: input.body } },
      },
      select: { id: true },
    });
    await writeAudit(tx, inquiryAudit(staff, "inquiry.register", { id: inquiry.id, customerId: null }));
    return { ok: true as const, inquiryId: inquiry.id };
  });
}
