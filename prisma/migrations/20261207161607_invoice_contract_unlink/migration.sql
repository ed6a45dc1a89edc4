-- An invoice keeps its snapshot of the contract (metering point, delivery address), so the retention
-- job may delete a contract after its own period (3.5 years) while the invoice stays for five: the
-- foreign key's ON DELETE SET NULL is then the one change an issued invoice admits. Anything else is
-- still refused.
CREATE OR REPLACE FUNCTION "invoice_immutable"() RETURNS trigger AS $$
BEGIN
  -- Nested: PostgreSQL may evaluate every operand of an AND, and an InvoiceLine row has no contractId.
  IF TG_TABLE_NAME = 'Invoice' THEN
    IF (to_jsonb(OLD) ->> 'contractId') IS NOT NULL AND (to_jsonb(NEW) ->> 'contractId') IS NULL
       AND (to_jsonb(NEW) - 'contractId') = (to_jsonb(OLD) - 'contractId') THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION '% is immutable once issued: correct it with a credit note', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;
