import "server-only";

export {
  confirmTotpEnrolment,
  disableSecondFactor,
  getSecondFactorStatus,
  resetSecondFactor,
  startTotpEnrolment,
  verifySecondFactor,
} from "./second-factor";
