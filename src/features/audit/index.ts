export type {
  AuditAction,
  AuditActionPrefix,
  AuditActorRole,
  AuditEntry,
  AuditMetadata,
  AuditSubject,
  MetadataArgs,
} from "./domain/audit-actions";
export { AUDIT_ACTIONS, isAuditAction } from "./domain/audit-actions";
export type { AuditFilter } from "./domain/audit-log";
export { auditFilter, auditFilterParams } from "./domain/audit-log";
