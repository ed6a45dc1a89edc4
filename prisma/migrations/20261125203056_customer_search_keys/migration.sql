-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "searchEmail" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchFirstName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchLastName" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchPhone" TEXT NOT NULL DEFAULT '';

-- CreateIndex
CREATE INDEX "Customer_searchLastName_idx" ON "Customer"("searchLastName");

-- CreateIndex
CREATE INDEX "Customer_searchFirstName_idx" ON "Customer"("searchFirstName");

-- CreateIndex
CREATE INDEX "Customer_searchEmail_idx" ON "Customer"("searchEmail");

-- CreateIndex
CREATE INDEX "Customer_searchPhone_idx" ON "Customer"("searchPhone");

-- CreateIndex
CREATE INDEX "MeteringPoint_meterNumber_idx" ON "MeteringPoint"("meterNumber");

-- Hand-written: the search keys of Customer, kept by the database so that every writer (services,
-- seed, imports, erasure, bulk SQL) keeps them right. customer_search_fold() must fold exactly as
-- foldForSearch() in src/domain/customer-search.ts does; tests/integration/customer-search.test.ts
-- compares the two. Only A–Z are lower-cased, by table, so the rule does not depend on the locale.
CREATE FUNCTION customer_search_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(translate(
    replace(replace(replace(coalesce(value, ''), 'Æ', 'ae'), 'æ', 'ae'), 'ß', 'ss'),
    'ØøÅåÄäÖöÜüÁáÀàÂâÉéÈèÊêËëÍíÌìÎîÏïÓóÒòÔôÚúÙùÛûÝýÑñÇçČčŠšŽž',
    'ooaaaaoouuaaaaaaeeeeeeeeiiiiiiiioooooouuuuuuyynnccccsszz'
  ), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
$$;

CREATE FUNCTION customer_search_keys() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchFirstName" := customer_search_fold(NEW."firstName");
  NEW."searchLastName" := customer_search_fold(NEW."lastName");
  NEW."searchEmail" := translate(coalesce(NEW."email", ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
  NEW."searchPhone" := right(regexp_replace(coalesce(NEW."phone", ''), '[^0-9]', '', 'g'), 8);
  RETURN NEW;
END
$$;

CREATE TRIGGER customer_search_keys
BEFORE INSERT OR UPDATE ON "Customer"
FOR EACH ROW EXECUTE FUNCTION customer_search_keys();

-- Existing customers get their keys.
UPDATE "Customer" SET "firstName" = "firstName";
