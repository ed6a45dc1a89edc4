import "server-only";

export { deleteExpiredAuthData, purgeExpiredAuthData } from "./auth-housekeeping";
export { clientIpFrom, isLoopbackAddress, throttleKeyForAddress } from "./client-ip";
export type { CustomerSession, SignedInSession, StaffSession } from "./guards";
export { PERSONAL_PASSWORD, ZOnboardingAccount, ZPasswordChange, ZPasswordReset } from "./new-password";
export { changePassword, checkCurrentPassword } from "./password-change";
export {
  completePasswordReset,
  isResetTokenUsable,
  mailResetLink,
  requestPasswordReset,
  resetLink,
  storeResetToken,
} from "./password-reset";
export type { ActiveSession, SessionUser } from "./session-store";
export { listActiveSessions, revokeAllSessions, signOutEverywhere } from "./session-store";
export { type StepUpRefusal, stepUpNeeded, withFreshStrongAuth } from "./step-up";
export { recordStrongAuthentication } from "./strong-authentication";
