export type { EmailCodeFailure, EmailCodePurpose } from "./domain/email-code";
export {
  EMAIL_CODE_FAILURE_MESSAGES,
  EMAIL_CODE_INPUT_MAX_LENGTH,
  EMAIL_CODE_MAX_ATTEMPTS,
  EMAIL_CODE_NOT_SENT,
  EMAIL_CODE_THROTTLED,
  EMAIL_CODE_VALID_MINUTES,
  ZEmailCode,
} from "./domain/email-code";
