// Meldinger: what customers and staff may write in a thread with customer service, and the words
// both sides see for a thread's state.
import { z } from "zod";
import { ZEmail } from "@/features/sign-in";

export const INQUIRY_SUBJECT_MAX_LENGTH = 120;
export const INQUIRY_MESSAGE_MAX_LENGTH = 5000;
/** Threads per page in the staff inbox. */
export const INBOX_PAGE_SIZE = 25;

/** How long a mailed link to a thread (for someone without a login) works after the answer it brought. */
export const INQUIRY_LINK_VALID_DAYS = 30;

/**
 * An answered thread that has had no message for this many days is closed, so that its retention
 * period starts (the retention job does it). User-facing: the thread page and the privacy page quote it;
 * the customer can still reopen the thread by replying.
 */
export const INQUIRY_QUIET_CLOSE_DAYS = 30;

export const INQUIRY_STATUSES = ["OPEN", "ANSWERED", "CLOSED"] as const;
export type InquiryStatusId = (typeof INQUIRY_STATUSES)[number];

const ZMessageBody = z
  .string({ error: "Skriv en melding." })
  .trim()
  .min(1, "Skriv en melding.")
  .max(INQUIRY_MESSAGE_MAX_LENGTH, `Meldingen kan være høyst ${INQUIRY_MESSAGE_MAX_LENGTH} tegn.`);

const ZInquiryId = z.uuid({ error: "Ukjent henvendelse." });

const ZSubject = z
  .string({ error: "Skriv hva henvendelsen gjelder." })
  .trim()
  .min(1, "Skriv hva henvendelsen gjelder.")
  .max(INQUIRY_SUBJECT_MAX_LENGTH, `Emnet kan være høyst ${INQUIRY_SUBJECT_MAX_LENGTH} tegn.`);

export const ZInquiryCreate = z.object({ subject: ZSubject, body: ZMessageBody });
export type TInquiryCreate = z.infer<typeof ZInquiryCreate>;

/**
 * Someone without a login wrote or called: customer service registers what they asked, and answers
 * go to their email as a link to the thread (the mail never quotes it).
 */
export const ZInquiryRegister = z.object({ email: ZEmail, subject: ZSubject, body: ZMessageBody });
export type TInquiryRegister = z.infer<typeof ZInquiryRegister>;

export const ZInquiryReply = z.object({ inquiryId: ZInquiryId, body: ZMessageBody });
export type TInquiryReply = z.infer<typeof ZInquiryReply>;

export const ZInquiryTarget = z.object({ inquiryId: ZInquiryId });

/** The inbox tab from `?status=`: anything unknown is the open threads. */
export function inboxStatus(value: string | string[] | undefined): InquiryStatusId {
  return INQUIRY_STATUSES.find((status) => status === value) ?? "OPEN";
}

/** `?side=` as a 1-based page number; anything else is page 1. */
export function pageNumber(value: string | string[] | undefined): number {
  const page = typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(page, 1);
}
