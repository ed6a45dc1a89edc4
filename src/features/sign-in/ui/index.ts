export { CurrentPasswordField } from "./current-password-field";
export { LoginEmailField } from "./login-email-field";
export { NewPasswordFields } from "./new-password-fields";
export { StepUpCard } from "./step-up-card";
