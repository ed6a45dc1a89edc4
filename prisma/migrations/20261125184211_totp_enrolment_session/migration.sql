-- Unconfirmed secrets from before this get no session: any session starting set-up is given a new one.
-- AlterTable
ALTER TABLE "TotpCredential" ADD COLUMN     "enrolmentSessionId" UUID;
