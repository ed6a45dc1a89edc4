export type { CookieEntry, TrackerHosts, TrackerId } from "./domain/cookies";
export { COOKIES, TRACKERS } from "./domain/cookies";
export type { CorrectedValue, RectificationSource } from "./domain/rectification";
export {
  recipientNames,
  recipientsToTell,
  SUGGESTED_ANSWERS,
  ZRectificationResolve,
  ZRegisterCheck,
} from "./domain/rectification";
export { PRIVACY_REGISTER } from "./domain/register";
export { deadlineText } from "./domain/request-deadline";
export type { RectifiableField } from "./domain/requests";
export {
  DETAILS_MAX_LENGTH,
  OPEN_STATUSES,
  REASON_MAX_LENGTH,
  RECTIFIABLE_BY_REQUEST,
  RECTIFIABLE_FIELD_NAMES,
  rectifiableField,
  rightFor,
  ZCaseFilter,
  ZDecisionReviewRequest,
  ZLiftRestriction,
  ZRectificationRequest,
  ZStaffTransition,
} from "./domain/requests";
export { PRIVACY_RIGHTS } from "./domain/rights";
export type { ObjectionKind } from "./domain/self-service";
export {
  mayProcess,
  OBJECTION_NAMES,
  PHONE_MAX_LENGTH,
  ZEmailChange,
  ZEmailChangeConfirm,
  ZErasureConfirm,
  ZObjectionToggle,
  ZPhoneUpdate,
  ZRestrictionToggle,
} from "./domain/self-service";
export {
  CUSTOMER_NUMBER_MAX_LENGTH,
  REGISTER_EMAIL_MAX_LENGTH,
  ZCarryOutErasure,
  ZErasureFinding,
  ZRegisterPrivacyRequest,
} from "./domain/staff-registration";
export { STAFF_VIEWS_PAGE_SIZE, STAFF_VIEWS_SHOWN, staffViewsPageParam } from "./domain/staff-views";
export { CONTROLLER, PRIVACY_POLICY_UPDATED, RECIPIENTS } from "./domain/vocabulary";
