-- A customer's own readings on a metering point run from their history (historyFromDate) or their supply
-- (fromDate) to toDate: that whole span is theirs, so it must not overlap anyone else's on the point, or
-- one tenant would see another's consumption. History comes before its supply, never after.
ALTER TABLE "SupplyPeriod"
  ADD CONSTRAINT "SupplyPeriod_history_before_supply"
  CHECK ("historyFromDate" IS NULL OR "historyFromDate" < "fromDate");

CREATE FUNCTION supply_periods_no_overlap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('SupplyPeriod:' || NEW."meteringPointId"::text));
  IF EXISTS (
    SELECT 1 FROM "SupplyPeriod" p
    WHERE p."meteringPointId" = NEW."meteringPointId" AND p.id <> NEW.id
      AND daterange(coalesce(p."historyFromDate", p."fromDate"), p."toDate")
          && daterange(coalesce(NEW."historyFromDate", NEW."fromDate"), NEW."toDate")
  ) THEN
    RAISE EXCEPTION 'SupplyPeriod periods overlap on one metering point'
      USING ERRCODE = 'exclusion_violation', CONSTRAINT = 'SupplyPeriod_no_overlap';
  END IF;
  RETURN NEW;
END;
$$;

DROP TRIGGER "SupplyPeriod_no_overlap" ON "SupplyPeriod";
CREATE TRIGGER "SupplyPeriod_no_overlap"
  BEFORE INSERT OR UPDATE ON "SupplyPeriod"
  FOR EACH ROW EXECUTE FUNCTION supply_periods_no_overlap();
