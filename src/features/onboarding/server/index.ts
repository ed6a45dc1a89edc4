import "server-only";

export { chooseMeteringPoint } from "./choose-metering-point";
export { completeApplication } from "./complete-application";
export { type ConfirmEmailResult, confirmEmail, resendEmailCode } from "./confirm-email";
export { type ContactResult, editContactDetails, saveContactDetails } from "./contact-details";
export { runCreditCheck } from "./credit-check";
export { decideReviewCase, listReviewCases } from "./credit-reviews";
export { discardApplication } from "./discard-application";
export { type MeteringPointOption, meteringPointOption } from "./elhub-search";
export { type ApplicationView, findApplication } from "./find-application";
export { beginIdentifiedApplication, type IdentifiedStart } from "./identified-application";
export { requestHumanReview } from "./request-human-review";
export { clearResumeToken, currentApplication, requireApplication, setResumeToken } from "./resume-cookie";
export { findReviewByToken, resumeFromReviewLink } from "./review-link";
export { searchMeteringPoint } from "./search-metering-point";
export type { FieldSource, RegistryErrorCode } from "./step-types";
export { retryIdentity } from "./verify-identity";
