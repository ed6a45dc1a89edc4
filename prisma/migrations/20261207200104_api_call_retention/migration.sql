-- Hand-written: SQL that prisma/schema.prisma cannot express.

-- A call with a personal API token writes an "api.call" audit row each time; the register keeps those
-- 3 months (API_CALL_LOG_KEPT_MONTHS in src/features/api-tokens/domain/api-token.ts), not the 36 of
-- the rest of the security log, or a script polling once a minute would leave half a million rows a
-- year. The append-only trigger now also admits the retention job's DELETE of an "api.call" row older
-- than 3 months. UPDATE, TRUNCATE, every younger row and every other action's row younger than
-- 36 months are still refused, whoever asks.
CREATE OR REPLACE FUNCTION "audit_log_append_only"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE'
     AND current_setting('klarkraft.audit_retention', true) = 'on'
     AND (OLD."at" < now() - interval '36 months'
          OR (OLD."action" = 'api.call' AND OLD."at" < now() - interval '3 months')) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'AuditLog is append-only';
END;
$$ LANGUAGE plpgsql;
