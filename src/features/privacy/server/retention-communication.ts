import "server-only";
import { writeAuditRows } from "@/features/audit/server";
import { INQUIRY_QUIET_CLOSE_DAYS } from "@/features/inquiries";
import { customerThreadPath } from "@/features/inquiries/server";
import { createNotice } from "@/features/notices/server";
import type { Prisma } from "@/generated/prisma/client";
// The retention job's steps for the register's communication category: threads with customer
// service, the notices on Min side and privacy requests.
import { DAY_MS } from "@/platform/time/durations";
import { type RetentionStep, required } from "./retention-step";

/**
 * Closes answered threads that have had no message for INQUIRY_QUIET_CLOSE_DAYS: only staff close
 * threads otherwise, and an answered thread nobody closes would never start its retention period.
 * The customer hears of it, and can reopen the thread by replying.
 */
async function closeQuietAnsweredThreads(tx: Prisma.TransactionClient, quietSince: Date, now: Date) {
  const threads = await tx.inquiry.findMany({
    where: { status: "ANSWERED", messages: { none: { createdAt: { gte: quietSince } } } },
    select: { id: true, customerId: true, customer: { select: { user: { select: { id: true } } } } },
  });
  if (threads.length === 0) return 0;
  await tx.inquiry.updateMany({
    where: { id: { in: threads.map((thread) => thread.id) } },
    data: { status: "CLOSED", closedAt: now },
  });
  // Told on Min side: only a customer who can still sign in reads it.
  for (const { id, customerId, customer } of threads) {
    if (!customerId || !customer?.user) continue;
    await createNotice(tx, {
      customerId,
      text: `Vi har lukket henvendelsen din fordi vi ikke har hørt fra deg på ${INQUIRY_QUIET_CLOSE_DAYS} dager. Svar i meldingen hvis du vil åpne den igjen.`,
      href: customerThreadPath(id),
    });
  }
  await writeAuditRows(
    tx,
    threads.map(({ id, customerId }) => ({
      actorUserId: null,
      actorRole: "SYSTEM" as const,
      action: "inquiry.close",
      subjectCustomerId: customerId,
      targetType: "Inquiry",
      targetId: id,
      metadata: { quietDays: INQUIRY_QUIET_CLOSE_DAYS },
    })),
  );
  return threads.length;
}

export const COMMUNICATION_STEPS: readonly RetentionStep[] = [
  {
    // First: a long-gone customer's quiet answered thread is deleted, not closed and kept a year more.
    name: "former-customer-inquiries",
    fields: ["inquiries"],
    description: "henvendelser som fortsatt er åpne når kunden har vært avsluttet like lenge",
    run: async (tx, cutoff) =>
      // Nobody may ever close these; a closed thread waits for its own period (closed-inquiries).
      (
        await tx.inquiry.deleteMany({
          where: { closedAt: null, customer: { status: "ENDED", endedAt: { lt: required(cutoff) } } },
        })
      ).count,
  },
  {
    name: "quiet-answered-inquiries",
    fields: ["inquiries"],
    description: `besvarte henvendelser uten svar fra kunden på ${INQUIRY_QUIET_CLOSE_DAYS} dager lukkes, så perioden deres starter`,
    cutoff: (now) => new Date(now.getTime() - INQUIRY_QUIET_CLOSE_DAYS * DAY_MS),
    run: (tx, cutoff, now) => closeQuietAnsweredThreads(tx, required(cutoff), now),
  },
  {
    name: "closed-inquiries",
    fields: ["inquiries"],
    description: "lukkede henvendelser",
    run: async (tx, cutoff) =>
      // From the day it was closed: a later touch of the row (a reassignment) does not restart the period.
      (await tx.inquiry.deleteMany({ where: { status: "CLOSED", closedAt: { lt: required(cutoff) } } }))
        .count,
  },
  {
    name: "old-notices",
    fields: ["notices"],
    description: "varsler på Min side, lest eller ikke",
    run: async (tx, cutoff) =>
      (await tx.notice.deleteMany({ where: { createdAt: { lt: required(cutoff) } } })).count,
  },
  {
    name: "closed-privacy-requests",
    fields: ["privacy-requests"],
    description: "avsluttede personvernforespørsler",
    run: async (tx, cutoff) =>
      (
        await tx.privacyRequest.deleteMany({
          where: {
            status: { in: ["COMPLETED", "REJECTED", "WITHDRAWN"] },
            completedAt: { lt: required(cutoff) },
          },
        })
      ).count,
  },
];
