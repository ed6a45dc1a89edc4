import "server-only";
// The contract document for the signed-in customer: only a contract of their own. Another customer's
// contract is null, like one that does not exist.
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { type ContractDocument, contractDocumentPdf } from "./contract-document-pdf";

export async function customerContractDocument(
  customerId: string,
  contractId: string,
): Promise<ContractDocument | null> {
  if (!isUuid(customerId) || !isUuid(contractId)) return null;
  const own = await db.contract.findFirst({ where: { id: contractId, customerId }, select: { id: true } });
  return own ? contractDocumentPdf(own.id) : null;
}
