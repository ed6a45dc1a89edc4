export type { PendingSecondFactor } from "./domain/second-factor";
export {
  CODE_FAILURE_MESSAGES,
  enabledOnText,
  pendingSecondFactor,
  secondFactorPath,
  TOTP_CONFIRMATION_FAILURE_MESSAGES,
  withReturnPath,
  ZSecondFactorDisable,
  ZSecondFactorOptIn,
  ZSecondFactorReset,
  ZSecondFactorSignIn,
  ZTotpConfirmation,
} from "./domain/second-factor";
export { STEP_UP_CODE_FAILURE_MESSAGES, ZStepUpCode } from "./domain/step-up-code";
