import "server-only";

export { confirmTotpEnrolment } from "./confirm-enrolment";
export { disableSecondFactor } from "./disable";
export { resetSecondFactor } from "./reset";
export { startTotpEnrolment } from "./start-enrolment";
export { getSecondFactorStatus } from "./status";
export { verifySecondFactor } from "./verify";
