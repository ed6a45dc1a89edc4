export type { InquiryStatusId } from "./domain/inquiries";
export {
  INQUIRY_LINK_VALID_DAYS,
  INQUIRY_MESSAGE_MAX_LENGTH,
  INQUIRY_QUIET_CLOSE_DAYS,
  INQUIRY_STATUSES,
  INQUIRY_SUBJECT_MAX_LENGTH,
  inboxStatus,
  pageNumber,
  ZInquiryCreate,
  ZInquiryRegister,
  ZInquiryReply,
  ZInquiryTarget,
} from "./domain/inquiries";
