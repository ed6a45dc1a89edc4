export { TermsDocument } from "./terms-document";
export { WithdrawalSection } from "./withdrawal-section";
