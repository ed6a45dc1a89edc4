import "server-only";

export type { ContractDocument } from "./contract-document-pdf";
export { contractDocumentPdf } from "./contract-document-pdf";
export { customerContractDocument } from "./customer-contract-document";
