import "server-only";

export { accessCopyJson, accessCopyReport, listStaffViews, REPORT_ROW_LIMIT } from "./access-copy";
export { liftRestriction, listPrivacyCases, viewPrivacyCase } from "./cases";
export { eraseOwnData } from "./erasure";
export { erasurePreview } from "./erasure-preview";
export { startExport } from "./exports";
export { portabilityZip } from "./portability";
export { checkAgainstRegister, resolveRectification } from "./rectification";
export {
  effectiveDueAt,
  getOwnPrivacyRequest,
  listOwnPrivacyRequests,
  submitPrivacyRequest,
  transitionPrivacyRequest,
} from "./requests";
export { runRetention } from "./retention";
export { changeEmail, getPrivacyChoices, setPrivacyChoice, updatePhone } from "./self-service";
export { carryOutErasure, nonCustomerErasurePreview, recordErasureFinding } from "./staff-erasure";
export { registerPrivacyRequest } from "./staff-registration";
