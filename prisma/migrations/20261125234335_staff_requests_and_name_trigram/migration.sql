-- Hand-written: trigram matching for the name search (PostgreSQL contrib; PGlite loads it too, see
-- src/server/database/embedded.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateEnum
CREATE TYPE "IdentityVerification" AS ENUM ('REGISTERED_EMAIL_CONFIRMED', 'ID_DOCUMENT_IN_PERSON', 'LETTER_TO_REGISTERED_ADDRESS');

-- AlterTable
ALTER TABLE "Customer" ADD COLUMN     "searchName" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Inquiry" ADD COLUMN     "readTokenHash" TEXT,
ADD COLUMN     "requesterEmail" TEXT;

-- AlterTable
ALTER TABLE "PrivacyRequest" ADD COLUMN     "identityVerification" "IdentityVerification";

-- Hand-written: the trigger of the customer_search_keys migration also keeps the whole folded name,
-- first name then last name, for substring matches ("hansen" in "berg hansen", "olsen" in "lie-olsen").
CREATE OR REPLACE FUNCTION customer_search_keys() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchFirstName" := customer_search_fold(NEW."firstName");
  NEW."searchLastName" := customer_search_fold(NEW."lastName");
  NEW."searchName" := NEW."searchFirstName" || ' ' || NEW."searchLastName";
  NEW."searchEmail" := translate(coalesce(NEW."email", ''), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz');
  NEW."searchPhone" := right(regexp_replace(coalesce(NEW."phone", ''), '[^0-9]', '', 'g'), 8);
  RETURN NEW;
END
$$;

-- Existing customers get the new key (before the index, which is then built once).
UPDATE "Customer" SET "firstName" = "firstName";

-- CreateIndex
CREATE INDEX "Customer_searchName_idx" ON "Customer" USING GIN ("searchName" gin_trgm_ops);

-- Hand-written: customers are written seldom and searched often, so each write goes straight into
-- the index; GIN's pending list (fastupdate) would otherwise be scanned by every search after a
-- bulk load until autovacuum merged it.
ALTER INDEX "Customer_searchName_idx" SET (fastupdate = off);

-- CreateIndex
CREATE UNIQUE INDEX "Inquiry_readTokenHash_key" ON "Inquiry"("readTokenHash");
