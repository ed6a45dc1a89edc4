import "server-only";

export { decideReviewCase, listReviewCases } from "./credit-reviews";
export type { ApplicationView, FieldSource, MeteringPointOption, RegistryErrorCode } from "./onboarding";
export {
  chooseMeteringPoint,
  completeApplication,
  discardApplication,
  findReviewByToken,
  meteringPointOption,
  requestHumanReview,
  resumeFromReviewLink,
  retryIdentity,
  runCreditCheck,
  searchMeteringPoint,
  startApplication,
  useRegisteredAddress,
} from "./onboarding";
export { clearResumeToken, currentApplication, requireApplication, setResumeToken } from "./resume-cookie";
