import "server-only";
// The daily reminder run: every invoice still unpaid after its due date gets the reminder the law and
// our schedule allow today (domain/reminder-rules.ts), by mail, or by letter where we have no address.
// Idempotent: a Reminder row is unique per invoice and sequence, written in the transaction that sends
// it, so a second run (or a concurrent one, which waits on the row and then finds it) sends nothing
// twice. A mail that fails rolls its row back, and the next day's run tries again.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { logError } from "@/platform/log";
import { sendLetter } from "@/platform/mail/letters";
import { type MailOptions, sendMail } from "@/platform/mail/mailer";
import { addDays, osloDate } from "@/platform/time/oslo-calendar";
import {
  FIRST_REMINDER_DAYS_AFTER_DUE,
  MAX_REMINDERS,
  type NextReminder,
  nextReminder,
  outstandingOre,
} from "../domain/reminder-rules";
import { type ReminderContent, reminderLetter, reminderMail } from "./reminder-mail";

export interface ReminderRunResult {
  sent: number;
  /** Already reminded by another run. */
  skipped: number;
  /** Not delivered: rolled back, tried again tomorrow. */
  failed: number;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Invoices that may be due a reminder today: issued, not credited, late enough, not reminded to the end. */
function candidates(today: string) {
  return db.invoice.findMany({
    where: {
      kind: "INVOICE",
      amountOre: { gt: 0 },
      creditNote: { is: null },
      dueDate: { lte: new Date(addDays(today, -FIRST_REMINDER_DAYS_AFTER_DUE)) },
      reminders: { none: { sequence: { gte: MAX_REMINDERS } } },
    },
    select: {
      id: true,
      invoiceNumber: true,
      amountOre: true,
      dueDate: true,
      periodStart: true,
      periodEnd: true,
      kid: true,
      buyerName: true,
      buyerStreet: true,
      buyerPostalCode: true,
      buyerCity: true,
      customer: { select: { email: true, user: { select: { email: true } } } },
      reminders: { select: { sequence: true, sentAt: true, feeOre: true, dueDate: true } },
      payments: { select: { amountOre: true, paidOn: true } },
    },
    orderBy: { invoiceNumber: "asc" },
  });
}

type Candidate = Awaited<ReturnType<typeof candidates>>[number];

function contentOf(
  invoice: Candidate,
  next: NextReminder,
  payments: { amountOre: number; paidOn: string }[],
) {
  return {
    invoiceId: invoice.id,
    invoiceNumber: invoice.invoiceNumber,
    sequence: next.sequence,
    periodStart: iso(invoice.periodStart),
    periodEnd: iso(invoice.periodEnd),
    invoiceDueDate: iso(invoice.dueDate),
    outstandingOre: outstandingOre(invoice.amountOre, payments),
    feeOre: next.feeOre,
    earlierFeesOre: invoice.reminders.reduce((sum, reminder) => sum + reminder.feeOre, 0),
    dueDate: next.dueDate,
    kid: invoice.kid,
  } satisfies ReminderContent;
}

async function deliver(invoice: Candidate, content: ReminderContent, mail?: MailOptions) {
  const email = invoice.customer.email ?? invoice.customer.user?.email ?? null;
  if (email) {
    await sendMail({ to: email, ...reminderMail(content) }, mail);
    return;
  }
  const to = {
    name: invoice.buyerName,
    street: invoice.buyerStreet,
    postalCode: invoice.buyerPostalCode,
    city: invoice.buyerCity,
  };
  await sendLetter(reminderLetter(content, to), mail);
}

/** Sends today's reminders; `now` and the SMTP sink are injectable for tests. */
export async function sendReminders(
  options: { now?: Date; mail?: MailOptions } = {},
): Promise<ReminderRunResult> {
  const now = options.now ?? new Date();
  const today = osloDate(now);
  const result: ReminderRunResult = { sent: 0, skipped: 0, failed: 0 };
  for (const invoice of await candidates(today)) {
    const reminders = invoice.reminders.map((r) => ({
      sequence: r.sequence,
      sentOn: osloDate(r.sentAt),
      feeOre: r.feeOre,
      dueDate: iso(r.dueDate),
    }));
    const payments = invoice.payments.map((p) => ({ amountOre: p.amountOre, paidOn: iso(p.paidOn) }));
    const next = nextReminder(
      { amountOre: invoice.amountOre, dueDate: iso(invoice.dueDate) },
      reminders,
      payments,
      today,
    );
    if (!next) continue;
    const content = contentOf(invoice, next, payments);
    try {
      await db.$transaction(async (tx) => {
        await tx.reminder.create({
          data: {
            invoiceId: invoice.id,
            sequence: next.sequence,
            sentAt: now,
            feeOre: next.feeOre,
            dueDate: new Date(next.dueDate),
          },
        });
        await deliver(invoice, content, options.mail);
      });
      result.sent++;
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        result.skipped++;
      } else {
        logError("invoices.reminder", error);
        result.failed++;
      }
    }
  }
  return result;
}
