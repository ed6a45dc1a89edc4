-- Hand-written: SQL that prisma/schema.prisma cannot express.

-- The row-level trigger of the init migration does not fire for TRUNCATE, which empties the table
-- without touching rows. A statement-level trigger closes that gap with the same error.
-- A retention purge, if one is ever needed, must be a deliberate act by the table owner (who can
-- disable the triggers in a transaction of its own), never something the application can do.
CREATE TRIGGER "AuditLog_no_truncate"
  BEFORE TRUNCATE ON "AuditLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_append_only"();
