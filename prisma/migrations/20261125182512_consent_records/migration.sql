-- Cookie consent records as the consent layer writes them: which button, where, and who (when
-- signed in). No code wrote ConsentRecord before this migration, so the dropped "action" column and
-- its enum held nothing.

-- CreateEnum
CREATE TYPE "ConsentChoice" AS ENUM ('ACCEPT_ALL', 'REJECT_ALL', 'CUSTOM');

-- CreateEnum
CREATE TYPE "ConsentSource" AS ENUM ('BANNER', 'SETTINGS');

-- DropIndex
DROP INDEX "ConsentRecord_customerId_idx";

-- AlterTable
ALTER TABLE "ConsentRecord" DROP COLUMN "action",
ADD COLUMN     "choice" "ConsentChoice" NOT NULL,
ADD COLUMN     "source" "ConsentSource" NOT NULL,
ADD COLUMN     "userId" UUID;

-- DropEnum
DROP TYPE "ConsentAction";

-- CreateIndex
CREATE INDEX "ConsentRecord_customerId_createdAt_idx" ON "ConsentRecord"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "ConsentRecord_createdAt_idx" ON "ConsentRecord"("createdAt");

-- AddForeignKey
ALTER TABLE "ConsentRecord" ADD CONSTRAINT "ConsentRecord_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A consent record is proof: once written, what was chosen, when and under which policy never
-- changes. Only the links to a deleted customer or user may be cleared (ON DELETE SET NULL), and
-- the retention job deletes whole rows.
CREATE FUNCTION "consent_record_immutable"() RETURNS trigger AS $$
BEGIN
  IF NEW."id" IS DISTINCT FROM OLD."id"
    OR NEW."visitorId" IS DISTINCT FROM OLD."visitorId"
    OR NEW."choice" IS DISTINCT FROM OLD."choice"
    OR NEW."source" IS DISTINCT FROM OLD."source"
    OR NEW."statistics" IS DISTINCT FROM OLD."statistics"
    OR NEW."marketing" IS DISTINCT FROM OLD."marketing"
    OR NEW."policyVersion" IS DISTINCT FROM OLD."policyVersion"
    OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt"
    OR (NEW."customerId" IS NOT NULL AND NEW."customerId" IS DISTINCT FROM OLD."customerId")
    OR (NEW."userId" IS NOT NULL AND NEW."userId" IS DISTINCT FROM OLD."userId") THEN
    RAISE EXCEPTION 'ConsentRecord is immutable: only its links to a deleted customer or user may be cleared';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ConsentRecord_immutable"
  BEFORE UPDATE ON "ConsentRecord"
  FOR EACH ROW EXECUTE FUNCTION "consent_record_immutable"();
