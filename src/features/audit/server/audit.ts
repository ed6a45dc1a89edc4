import "server-only";
import type { Prisma, PrismaClient, Role } from "@/generated/prisma/client";

export type AuditActorRole = Role | "SYSTEM" | "ANONYMOUS";

export interface AuditEntry {
  actorUserId: string | null;
  actorRole: AuditActorRole;
  /** Dotted verb, e.g. "auth.login", "customer.view", "privacy-request.create". */
  action: string;
  subjectCustomerId?: string | null;
  targetType?: string;
  targetId?: string;
  /** Ids, counts and flags only: never names, emails, phone numbers or national ID numbers. */
  metadata?: Record<string, string | number | boolean | null | readonly string[]>;
}

/** Appends one audit row; pass the transaction client so the row commits with the change it records. */
export async function writeAudit(client: Prisma.TransactionClient | PrismaClient, entry: AuditEntry) {
  await client.auditLog.create({ data: auditRow(entry), select: { id: true } });
}

function auditRow(entry: AuditEntry) {
  return {
    actorUserId: entry.actorUserId,
    actorRole: entry.actorRole,
    action: entry.action,
    subjectCustomerId: entry.subjectCustomerId ?? null,
    targetType: entry.targetType ?? null,
    targetId: entry.targetId ?? null,
    metadata: entry.metadata ?? undefined,
  };
}

/** Appends several audit rows at once (one per customer a list showed), in the caller's transaction. */
export async function writeAuditRows(
  client: Prisma.TransactionClient | PrismaClient,
  entries: readonly AuditEntry[],
) {
  if (entries.length === 0) return;
  await client.auditLog.createMany({ data: entries.map(auditRow) });
}

/**
 * A staff list that shows several customers' data (a queue, an inbox): one row per customer shown, each
 * once however many of their lines the list has, so each customer's "who has looked" finds it.
 */
export function listedCustomerEntries(
  staff: { userId: string; role: Role },
  action: string,
  customerIds: readonly (string | null)[],
  look: { reason: string; shown: readonly string[] },
): AuditEntry[] {
  const listed = new Set(customerIds.filter((id): id is string => id !== null));
  return [...listed].map((customerId) => ({
    actorUserId: staff.userId,
    actorRole: staff.role,
    action,
    subjectCustomerId: customerId,
    metadata: look,
  }));
}

/** The entry for an account holder acting on their own account (sign-in, password, second factor). */
export function ownAccountEntry(
  user: { id: string; role: Role; customerId: string | null },
  action: string,
  metadata?: AuditEntry["metadata"],
): AuditEntry {
  return {
    actorUserId: user.id,
    actorRole: user.role,
    action,
    subjectCustomerId: user.customerId,
    targetType: "User",
    targetId: user.id,
    metadata,
  };
}
