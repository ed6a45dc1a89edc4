import "server-only";

export { deleteExpiredEmailCodes } from "./housekeeping";
export { type IssueEmailCodeResult, issueEmailCode } from "./issue-email-code";
export { type VerifyEmailCodeResult, verifyEmailCode } from "./verify-email-code";
