export {
  BANKID_REJECTIONS,
  type BankIdPurpose,
  type BankIdRejection,
  bankIdMessage,
} from "./domain/bankid-messages";
export {
  EMAIL_MAX_LENGTH,
  homePathFor,
  safeReturnPath,
  WRONG_CURRENT_PASSWORD,
  ZEmail,
  ZLogin,
  ZPasswordInput,
  ZPasswordResetRequest,
  ZResetToken,
} from "./domain/credentials";
export { deviceLabel } from "./domain/device-label";
export {
  durationText,
  PASSWORD_CHANGE_ATTEMPTS,
  RESET_LINK_VALID_MINUTES,
  SESSION_IDLE_MINUTES,
  SESSION_MAX_HOURS,
  STEP_UP_MINUTES,
  TRUSTED_DEVICE_DAYS,
} from "./domain/security-limits";
export {
  STEP_UP_PAGE,
  STEP_UP_VALIDITY,
  stepUpNotice,
  stepUpPath,
  stepUpRefusal,
  stepUpReturnPath,
} from "./domain/step-up";
