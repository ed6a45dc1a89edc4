import "server-only";

export type {
  AuditAction,
  AuditActorRole,
  AuditEntry,
  AuditSubject,
  MetadataArgs,
} from "../domain/audit-actions";

export { auditEntry, listedCustomerEntries, ownAccountEntry, writeAudit, writeAuditRows } from "./audit";
export { auditLogCsv, listAuditLog } from "./audit-log";
