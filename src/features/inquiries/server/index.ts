import "server-only";

export {
  assignInquiryToSelf,
  closeInquiry,
  countWaitingInquiries,
  createInquiry,
  customerThreadPath,
  getCustomerInquiry,
  getInquiryByLink,
  getInquiryForStaff,
  listCustomerInquiries,
  registerInquiry,
  replyAsCustomer,
  replyAsStaff,
  staffThreadPath,
} from "./inquiries";
export { listInbox } from "./inquiry-inbox";
