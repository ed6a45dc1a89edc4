export {
  ACTIVATION_CODE_INPUT_MAX_LENGTH,
  LETTER_CODE_MAX_ATTEMPTS,
  LETTER_CODE_VALID_DAYS,
  LETTER_CONSENT_FIELDS,
  LETTER_DELIVERY_WORKING_DAYS,
  LETTER_REPEAT_DAYS,
  LETTER_REQUEST_ANSWER,
  ZLetterRedeem,
  ZLetterRequest,
} from "./domain/activation-letter";
export {
  CITY_MAX_LENGTH,
  LOOKUPS,
  METER_NUMBER_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PHONE_MAX_LENGTH,
  STREET_MAX_LENGTH,
  type SupplyStartChoice,
  type TContactDetails,
  ZContactDetails,
  ZMeteringPointChoice,
  ZMeterSearch,
  ZOnboardingConsents,
  ZSupplyStart,
} from "./domain/application-form";
export type { CreditReasonCode } from "./domain/credit-decision";
export { CREDIT_REASON_TEXT, CREDIT_RULES_TEXT } from "./domain/credit-decision";
export { APPLICANT_STATEMENT_MAX_LENGTH, ZReviewRequest } from "./domain/credit-review";
export {
  APPLICATION_EXPIRY_DAYS,
  APPLICATIONS_PER_ADDRESS_PER_HOUR,
  CREDIT_REVIEW_ANSWER_DAYS,
  HISTORY_IMPORT_MONTHS,
} from "./domain/limits";
export type { RegisteredName } from "./domain/name-match";
export { namesMatch } from "./domain/name-match";
export {
  NORGESPRIS_TEXT,
  PRODUCT_DESCRIPTIONS,
  START_DATE_MAX_DAYS,
  START_DATE_MIN_DAYS,
  startDateRange,
} from "./domain/offer";
export { stepFor } from "./domain/status";
