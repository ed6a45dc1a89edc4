"use server";

import { revalidatePath } from "next/cache";
import { INQUIRY_MESSAGE_MAX_LENGTH, ZInquiryReply, ZInquiryTarget } from "@/domain/inquiries";
import { requireStaff } from "@/server/auth/guards";
import { formAction } from "@/server/form-action";
import {
  assignInquiryToSelf,
  closeInquiry,
  replyAsStaff,
  staffThreadPath,
} from "@/server/services/inquiries";

const FAILURES = {
  "not-found": "Fant ikke henvendelsen.",
  closed: "Henvendelsen er lukket.",
};

export const assignInquiryAction = formAction({
  event: "inquiry.assign",
  guard: () => requireStaff(),
  schema: ZInquiryTarget,
  run: (input, staff) => assignInquiryToSelf(staff, input.inquiryId),
  failures: FAILURES,
  done: (_result, input) => {
    revalidatePath(staffThreadPath(input.inquiryId));
    return { ok: true, message: "Henvendelsen er tildelt deg." };
  },
});

export const staffReplyAction = formAction({
  event: "inquiry.reply",
  guard: () => requireStaff(),
  schema: ZInquiryReply,
  echo: { body: INQUIRY_MESSAGE_MAX_LENGTH },
  run: (input, staff) => replyAsStaff(staff, input),
  failures: FAILURES,
  done: (_result, input) => {
    revalidatePath(staffThreadPath(input.inquiryId));
    return { ok: true, message: "Svaret er sendt. Kunden får et varsel på Min side og en e-post." };
  },
});

export const closeInquiryAction = formAction({
  event: "inquiry.close",
  guard: () => requireStaff(),
  schema: ZInquiryTarget,
  run: (input, staff) => closeInquiry(staff, input.inquiryId),
  failures: FAILURES,
  done: (_result, input) => {
    revalidatePath(staffThreadPath(input.inquiryId));
    return { ok: true, message: "Henvendelsen er lukket." };
  },
});
