import "server-only";
// Staff assign a payment the KID did not match to the invoice it pays, by the invoice's number: once
// (a payment already matched stays where it is), audited with the invoice's customer as the subject.
import { writeAudit } from "@/features/audit/server";
import type { Role } from "@/generated/prisma/client";
import { db } from "@/platform/db";

export type AssignPaymentResult =
  | { ok: true; invoiceNumber: number }
  | { ok: false; reason: "forbidden" | "not-found" | "already-matched" | "no-invoice" | "credit-note" };

export async function assignPayment(
  staff: { userId: string; role: Role },
  input: { paymentId: string; invoiceNumber: number },
  now = new Date(),
): Promise<AssignPaymentResult> {
  if (staff.role !== "SUPPORT" && staff.role !== "ADMIN") return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    const payment = await tx.payment.findUnique({
      where: { id: input.paymentId },
      select: { id: true, importId: true, invoiceId: true },
    });
    if (!payment) return { ok: false, reason: "not-found" } as const;
    if (payment.invoiceId) return { ok: false, reason: "already-matched" } as const;
    const invoice = await tx.invoice.findUnique({
      where: { invoiceNumber: input.invoiceNumber },
      select: { id: true, kind: true, customerId: true, invoiceNumber: true },
    });
    if (!invoice) return { ok: false, reason: "no-invoice" } as const;
    if (invoice.kind !== "INVOICE") return { ok: false, reason: "credit-note" } as const;
    // Only while still unmatched: two staff members assigning the same payment, one wins.
    const { count } = await tx.payment.updateMany({
      where: { id: payment.id, invoiceId: null },
      data: { invoiceId: invoice.id, matchedAt: now, matchedByUserId: staff.userId },
    });
    if (count === 0) return { ok: false, reason: "already-matched" } as const;
    await writeAudit(tx, {
      actorUserId: staff.userId,
      actorRole: staff.role,
      action: "payment.assigned",
      subjectCustomerId: invoice.customerId,
      targetType: "Payment",
      targetId: payment.id,
      metadata: { invoiceId: invoice.id, importId: payment.importId },
    });
    return { ok: true, invoiceNumber: invoice.invoiceNumber } as const;
  });
}
