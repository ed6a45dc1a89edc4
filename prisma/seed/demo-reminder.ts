// One overdue demo invoice with its payment reminder: Kari's latest invoice that the reminder rules would
// remind today (domain/reminder-rules.ts, the daily job's rules), with the Reminder row the job writes. The
// seed sends no mail; the invoice page shows the reminder's fee and the interest accrued.
import { nextReminder } from "@/features/invoices";
import type { Prisma } from "@/generated/prisma/client";
import { osloDate } from "@/platform/time/oslo-calendar";

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Returns the number of reminders written (1, or 0 if none of the customer's invoices is overdue enough). */
export async function remindOneOverdue(
  tx: Prisma.TransactionClient,
  customerId: string,
  now: Date,
): Promise<number> {
  const today = osloDate(now);
  const invoices = await tx.invoice.findMany({
    where: { customerId, kind: "INVOICE", creditNote: { is: null } },
    orderBy: { dueDate: "desc" },
    select: {
      id: true,
      amountOre: true,
      dueDate: true,
      payments: { select: { amountOre: true, paidOn: true } },
    },
  });
  for (const invoice of invoices) {
    const payments = invoice.payments.map((p) => ({ amountOre: p.amountOre, paidOn: iso(p.paidOn) }));
    const next = nextReminder(
      { amountOre: invoice.amountOre, dueDate: iso(invoice.dueDate) },
      [],
      payments,
      today,
    );
    if (!next) continue;
    await tx.reminder.create({
      data: {
        invoiceId: invoice.id,
        sequence: next.sequence,
        sentAt: now,
        feeOre: next.feeOre,
        dueDate: new Date(next.dueDate),
      },
    });
    return 1;
  }
  return 0;
}
