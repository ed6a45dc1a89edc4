import "server-only";

// Pages and the customer card read the deadline beside the services that return requests.
export { effectiveDueAt } from "../domain/request-deadline";
export { accessCopyJson, accessCopyReport, REPORT_ROW_LIMIT } from "./access-copy";
export { liftRestriction, listPrivacyCases, viewPrivacyCase } from "./cases";
export { confirmEmailChange, requestEmailChange } from "./email-change";
export { eraseOwnData } from "./erasure";
export { erasurePreview } from "./erasure-preview";
export { startExport } from "./exports";
export { getOwnPrivacyRequest, listOwnPrivacyRequests } from "./own-requests";
export { portabilityZip } from "./portability";
export { checkAgainstRegister, resolveRectification } from "./rectification";
export { runRetention } from "./retention";
export { getPrivacyChoices, setPrivacyChoice, updatePhone } from "./self-service";
export { carryOutErasure, nonCustomerErasurePreview, recordErasureFinding } from "./staff-erasure";
export { registerPrivacyRequest } from "./staff-registration";
export { latestStaffViews, staffViewsPage } from "./staff-views";
export { submitPrivacyRequest } from "./submit-request";
export { transitionPrivacyRequest } from "./transition";
