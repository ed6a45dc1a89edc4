-- Hand-written: SQL that prisma/schema.prisma cannot express.

-- The register keeps the audit log for 36 months after each row was written ("security-log",
-- rule after-created 36). The append-only trigger now admits exactly that: a DELETE of a row older
-- than 36 months, inside a transaction that has declared itself the retention job
-- (SET LOCAL klarkraft.audit_retention = 'on'). UPDATE, TRUNCATE and every younger row are still
-- refused, whoever asks. The same function serves PostgreSQL and the embedded PGlite.
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('klarkraft.audit_retention', true) = 'on'
     AND OLD."at" < now() - interval '36 months' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only';
END;
$$ LANGUAGE plpgsql;
