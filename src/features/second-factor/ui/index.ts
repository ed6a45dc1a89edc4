export { SecondFactorCodeField } from "./second-factor-code-field";
export type { TotpConfirmationState } from "./totp-enrolment-form";
export { TotpEnrolmentForm } from "./totp-enrolment-form";
export { TotpSetupSteps } from "./totp-setup-steps";
