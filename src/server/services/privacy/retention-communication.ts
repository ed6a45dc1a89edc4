import "server-only";
// The retention job's steps for the register's communication category: threads with customer
// service, the notices on Min side and privacy requests.
import { type RetentionStep, required } from "./retention-step";

export const COMMUNICATION_STEPS: readonly RetentionStep[] = [
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
          where: { status: { in: ["COMPLETED", "REJECTED"] }, completedAt: { lt: required(cutoff) } },
        })
      ).count,
  },
];
