import "server-only";
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import type { TInquiryCreate } from "../domain/inquiries";
import { type Customer, customerActor, inquiryAudit } from "./threads";

/** A customer writes to customer service from Min side: a new open thread. */
export async function createInquiry(
  customer: Customer,
  input: TInquiryCreate,
): Promise<{ ok: true; inquiryId: string }> {
  return db.$transaction(async (tx) => {
    const inquiry = await tx.inquiry.create({
      data: {
        customerId: customer.customerId,
        subject: input.subject,
        messages: { create: { author: "CUSTOMER", authorUserId: customer.userId, body: input.body } },
      },
      select: { id: true },
    });
    await writeAudit(
      tx,
      inquiryAudit(customerActor(customer), "inquiry.create", {
        id: inquiry.id,
        customerId: customer.customerId,
      }),
    );
    return { ok: true as const, inquiryId: inquiry.id };
  });
}
