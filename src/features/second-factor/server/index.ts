import "server-only";

export { confirmTotpEnrolment } from "./confirm-enrolment";
export { disableSecondFactor } from "./disable";
export { resetSecondFactor } from "./reset";
export { startTotpEnrolment } from "./start-enrolment";
export { getSecondFactorStatus, type SecondFactorStatus } from "./status";
export { confirmIdentityWithCode } from "./step-up";
export { verifySecondFactor } from "./verify";
