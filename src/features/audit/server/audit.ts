import "server-only";
import type { Prisma, PrismaClient, Role } from "@/generated/prisma/client";
import {
  type AuditAction,
  type AuditEntry,
  type AuditSubject,
  type MetadataArgs,
  parseAuditMetadata,
} from "../domain/audit-actions";

type Client = Prisma.TransactionClient | PrismaClient;

/**
 * Appends one audit row; pass the transaction client so the row commits with the change it records.
 * Metadata that does not fit its action's schema throws, and the change is rolled back with it.
 */
export async function writeAudit<A extends AuditAction>(client: Client, entry: AuditEntry<A>) {
  await client.auditLog.create({ data: auditRow(entry), select: { id: true } });
}

function auditRow(entry: AuditEntry) {
  const metadata = parseAuditMetadata(entry.action, entry.metadata) as Prisma.InputJsonValue | undefined;
  return {
    actorUserId: entry.actorUserId,
    actorRole: entry.actorRole,
    action: entry.action,
    subjectCustomerId: entry.subjectCustomerId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    metadata,
  };
}

/** Appends several audit rows at once (one per customer a list showed), in the caller's transaction. */
export async function writeAuditRows(client: Client, entries: readonly AuditEntry[]) {
  if (entries.length === 0) return;
  await client.auditLog.createMany({ data: entries.map(auditRow) });
}

/** An entry of `action` with its own metadata, for helpers that fill in the who and whom. */
export function auditEntry<A extends AuditAction>(
  subject: AuditSubject,
  action: A,
  ...[metadata]: MetadataArgs<A>
): AuditEntry<A> {
  // The one place a generic action meets its metadata: TypeScript cannot relate the two for an open A.
  return { ...subject, action, metadata } as AuditEntry<A>;
}

/**
 * A staff list that shows several customers' data (a queue, an inbox): one row per customer shown, each
 * once however many of their lines the list has, so each customer's "who has looked" finds it.
 */
export function listedCustomerEntries<
  A extends "inquiry.list" | "privacy-request.list" | "billing.held.list",
>(
  staff: { userId: string; role: Role },
  action: A,
  customerIds: readonly (string | null)[],
  ...look: MetadataArgs<A>
): AuditEntry<A>[] {
  const listed = new Set(customerIds.filter((id): id is string => id !== null));
  const subject = (customerId: string) => ({
    actorUserId: staff.userId,
    actorRole: staff.role,
    subjectCustomerId: customerId,
  });
  return [...listed].map((customerId) => auditEntry(subject(customerId), action, ...look));
}

/** The entry for an account holder acting on their own account (sign-in, password, second factor). */
export function ownAccountEntry<A extends AuditAction>(
  user: { id: string; role: Role; customerId: string | null },
  action: A,
  ...metadata: MetadataArgs<A>
): AuditEntry<A> {
  const subject = {
    actorUserId: user.id,
    actorRole: user.role,
    subjectCustomerId: user.customerId,
    targetType: "User",
    targetId: user.id,
  };
  return auditEntry(subject, action, ...metadata);
}
