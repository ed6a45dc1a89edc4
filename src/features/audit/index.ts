export type { AuditFilter } from "./domain/audit-log";
export { auditFilter, auditFilterParams } from "./domain/audit-log";
