"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  INQUIRY_MESSAGE_MAX_LENGTH,
  INQUIRY_SUBJECT_MAX_LENGTH,
  ZInquiryRegister,
  ZInquiryReply,
  ZInquiryTarget,
} from "@/features/inquiries";
import {
  assignInquiryToSelf,
  closeInquiry,
  registerInquiry,
  replyAsStaff,
  staffThreadPath,
} from "@/features/inquiries/server";
import { EMAIL_MAX_LENGTH } from "@/features/sign-in";
import { requireStaff } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";

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
  done: (result, input) => {
    revalidatePath(staffThreadPath(input.inquiryId));
    if ("linkMailed" in result) {
      return {
        ok: true,
        message:
          "Svaret er lagret, men e-posten med lenken til svaret kunne ikke sendes, så henvendelsen står som åpen igjen. Svar på nytt senere: da får personen en ny lenke til hele samtalen.",
      };
    }
    return { ok: true, message: "Svaret er sendt. Den som spurte, får en e-post med lenke til svaret." };
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

/** What someone without a login asked by email or phone, registered so it can be answered here. */
export const registerInquiryAction = formAction({
  event: "inquiry.register",
  guard: () => requireStaff(),
  schema: ZInquiryRegister,
  echo: { email: EMAIL_MAX_LENGTH, subject: INQUIRY_SUBJECT_MAX_LENGTH, body: INQUIRY_MESSAGE_MAX_LENGTH },
  run: (input, staff) => registerInquiry(staff, input),
  failures: {},
  done: (result) => {
    revalidatePath("/admin/meldinger");
    redirect(staffThreadPath(result.inquiryId));
  },
});
