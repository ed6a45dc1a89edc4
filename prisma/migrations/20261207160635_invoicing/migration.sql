-- CreateEnum
CREATE TYPE "InvoiceKind" AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- CreateEnum
CREATE TYPE "BillingItemStatus" AS ENUM ('ISSUED', 'HELD');

-- AlterTable
ALTER TABLE "Invoice" DROP COLUMN "status",
ADD COLUMN     "contractId" UUID,
ADD COLUMN     "creditReason" TEXT,
ADD COLUMN     "creditsInvoiceId" UUID,
ADD COLUMN     "deliveryAddress" TEXT,
ADD COLUMN     "gsrn" CHAR(18),
ADD COLUMN     "kid" TEXT,
ADD COLUMN     "kind" "InvoiceKind" NOT NULL DEFAULT 'INVOICE',
ADD COLUMN     "netOre" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "replacesInvoiceId" UUID,
ADD COLUMN     "vatBasisPoints" INTEGER NOT NULL DEFAULT 2500,
ALTER COLUMN "invoiceNumber" DROP DEFAULT;
DROP SEQUENCE "Invoice_invoiceNumber_seq";

-- DropEnum
DROP TYPE "InvoiceStatus";

-- CreateTable
CREATE TABLE "InvoiceLine" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "quantity" DECIMAL(14,4) NOT NULL,
    "unit" TEXT NOT NULL,
    "unitPriceOre" DECIMAL(16,6) NOT NULL,
    "netOre" INTEGER NOT NULL,

    CONSTRAINT "InvoiceLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InvoiceSeries" (
    "id" TEXT NOT NULL,
    "nextNumber" INTEGER NOT NULL,

    CONSTRAINT "InvoiceSeries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BillingItem" (
    "id" UUID NOT NULL,
    "contractId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "status" "BillingItemStatus" NOT NULL,
    "reason" TEXT,
    "invoiceId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "BillingItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PaymentImport" (
    "id" UUID NOT NULL,
    "fileSha256" CHAR(64) NOT NULL,
    "fileName" TEXT NOT NULL,
    "importedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "importedByUserId" UUID,
    "paymentCount" INTEGER NOT NULL,
    "totalOre" BIGINT NOT NULL,

    CONSTRAINT "PaymentImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "recordLine" INTEGER NOT NULL,
    "kid" TEXT NOT NULL,
    "amountOre" INTEGER NOT NULL,
    "paidOn" DATE NOT NULL,
    "payerAccount" TEXT,
    "bankReference" TEXT,
    "invoiceId" UUID,
    "matchedAt" TIMESTAMPTZ(3),
    "matchedByUserId" UUID,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reminder" (
    "id" UUID NOT NULL,
    "invoiceId" UUID NOT NULL,
    "sequence" INTEGER NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL,
    "feeOre" INTEGER NOT NULL,
    "dueDate" DATE NOT NULL,

    CONSTRAINT "Reminder_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InvoiceLine_invoiceId_position_key" ON "InvoiceLine"("invoiceId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "BillingItem_invoiceId_key" ON "BillingItem"("invoiceId");

-- CreateIndex
CREATE INDEX "BillingItem_periodStart_status_idx" ON "BillingItem"("periodStart", "status");

-- CreateIndex
CREATE UNIQUE INDEX "BillingItem_contractId_periodStart_key" ON "BillingItem"("contractId", "periodStart");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentImport_fileSha256_key" ON "PaymentImport"("fileSha256");

-- CreateIndex
CREATE INDEX "Payment_invoiceId_idx" ON "Payment"("invoiceId");

-- CreateIndex
CREATE INDEX "Payment_kid_idx" ON "Payment"("kid");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_importId_recordLine_key" ON "Payment"("importId", "recordLine");

-- CreateIndex
CREATE UNIQUE INDEX "Reminder_invoiceId_sequence_key" ON "Reminder"("invoiceId", "sequence");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_kid_key" ON "Invoice"("kid");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_creditsInvoiceId_key" ON "Invoice"("creditsInvoiceId");

-- CreateIndex
CREATE UNIQUE INDEX "Invoice_replacesInvoiceId_key" ON "Invoice"("replacesInvoiceId");

-- CreateIndex
CREATE INDEX "Invoice_contractId_periodStart_idx" ON "Invoice"("contractId", "periodStart");

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_creditsInvoiceId_fkey" FOREIGN KEY ("creditsInvoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invoice" ADD CONSTRAINT "Invoice_replacesInvoiceId_fkey" FOREIGN KEY ("replacesInvoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InvoiceLine" ADD CONSTRAINT "InvoiceLine_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingItem" ADD CONSTRAINT "BillingItem_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingItem" ADD CONSTRAINT "BillingItem_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_importId_fkey" FOREIGN KEY ("importId") REFERENCES "PaymentImport"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reminder" ADD CONSTRAINT "Reminder_invoiceId_fkey" FOREIGN KEY ("invoiceId") REFERENCES "Invoice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Invoices from before lines were stored: their net is their amount less VAT.
UPDATE "Invoice" SET "netOre" = "amountOre" - "vatOre";

-- The one series: numbers go on from the highest issued, taken in the issuing transaction.
INSERT INTO "InvoiceSeries" ("id", "nextNumber")
SELECT 'invoice', COALESCE(MAX("invoiceNumber"), 0) + 1 FROM "Invoice";

-- An issued sales document is never edited (bokføringsforskriften): corrections are credit notes.
CREATE FUNCTION "invoice_immutable"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION '% is immutable once issued: correct it with a credit note', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Invoice_immutable"
  BEFORE UPDATE ON "Invoice"
  FOR EACH ROW EXECUTE FUNCTION "invoice_immutable"();

CREATE TRIGGER "InvoiceLine_immutable"
  BEFORE UPDATE ON "InvoiceLine"
  FOR EACH ROW EXECUTE FUNCTION "invoice_immutable"();
