import "server-only";

export { createInquiry } from "./create-inquiry";
export { replyAsCustomer } from "./customer-reply";
export { getCustomerInquiry, listCustomerInquiries } from "./customer-threads";
export { listInbox } from "./inquiry-inbox";
export { getInquiryByLink } from "./link-thread";
export { registerInquiry } from "./register-inquiry";
export { assignInquiryToSelf, closeInquiry } from "./staff-actions";
export { replyAsStaff } from "./staff-reply";
export { getInquiryForStaff } from "./staff-thread";
export { customerThreadPath, staffThreadPath } from "./thread-paths";
export { countWaitingInquiries } from "./waiting-count";
