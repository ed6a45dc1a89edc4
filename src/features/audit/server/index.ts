import "server-only";

export type { AuditActorRole, AuditEntry } from "./audit";
export { listedCustomerEntries, ownAccountEntry, writeAudit, writeAuditRows } from "./audit";
export { auditActions, auditLogCsv, listAuditLog } from "./audit-log";
