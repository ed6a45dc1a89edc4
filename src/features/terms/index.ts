export { OFFERED_PRODUCTS, offerPriceTerms } from "./domain/offer-price-terms";
export { SELLER, SELLER_ADDRESS } from "./domain/seller";
export type { TermsSection, TermsVersion } from "./domain/terms-versions";
export {
  findTermsVersion,
  latestTermsVersion,
  TERMS_VERSIONS,
  termsVersionOn,
} from "./domain/terms-versions";
export type { WithdrawalForm } from "./domain/withdrawal-information";
export { WITHDRAWAL_HEADING, WITHDRAWAL_INFORMATION, withdrawalForm } from "./domain/withdrawal-information";
