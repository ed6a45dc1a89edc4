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
