export { EmailCodeField } from "./email-code-field";
