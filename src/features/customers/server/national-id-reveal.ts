import "server-only";
import { writeAudit } from "@/features/audit/server";
import type { StaffSession } from "@/features/sign-in/server";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import type { AccessReason } from "../domain/customer-search";

export type NationalIdReveal = { ok: true; nationalId: string } | { ok: false; reason: "not-found" };

/** The full national ID, on a deliberate click with a reason; the audit row never holds the number. */
export async function revealNationalId(
  staff: Pick<StaffSession, "userId" | "role">,
  input: { customerId: string; reason: AccessReason },
): Promise<NationalIdReveal> {
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.findUnique({
      where: { id: input.customerId },
      select: { id: true, nationalIdCiphertext: true },
    });
    // An erased customer's number is gone: there is nothing to reveal.
    if (!customer?.nationalIdCiphertext) return { ok: false, reason: "not-found" };
    const nationalId = decryptNationalId(customer.nationalIdCiphertext);
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "customer.national-id.reveal",
      subjectCustomerId: customer.id,
      targetType: "Customer",
      targetId: customer.id,
      metadata: { reason: input.reason, shown: ["national-id"] },
    });
    return { ok: true, nationalId };
  });
}
