import "server-only";

export { chooseMeteringPoint } from "./choose-metering-point";
export { completeApplication } from "./complete-application";
export { runCreditCheck } from "./credit-check";
export { decideReviewCase, listReviewCases } from "./credit-reviews";
export { discardApplication } from "./discard-application";
export { type MeteringPointOption, meteringPointOption } from "./elhub-search";
export { type ApplicationView, findApplication } from "./find-application";
export { useRegisteredAddress } from "./registered-address";
export { requestHumanReview } from "./request-human-review";
export { clearResumeToken, currentApplication, requireApplication, setResumeToken } from "./resume-cookie";
export { findReviewByToken, resumeFromReviewLink } from "./review-link";
export { searchMeteringPoint } from "./search-metering-point";
export { startApplication } from "./start-application";
export type { FieldSource, RegistryErrorCode } from "./step-types";
export { retryIdentity } from "./verify-identity";
