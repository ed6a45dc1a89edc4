"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  INQUIRY_MESSAGE_MAX_LENGTH,
  INQUIRY_SUBJECT_MAX_LENGTH,
  ZInquiryCreate,
  ZInquiryReply,
} from "@/features/inquiries";
import { createInquiry, customerThreadPath, replyAsCustomer } from "@/features/inquiries/server";
import { requireCustomer } from "@/features/sign-in/routes";
import { formAction } from "@/platform/form-action";

export const createInquiryAction = formAction({
  event: "inquiry.create",
  guard: () => requireCustomer("/min-side/meldinger"),
  schema: ZInquiryCreate,
  echo: { subject: INQUIRY_SUBJECT_MAX_LENGTH, body: INQUIRY_MESSAGE_MAX_LENGTH },
  run: (input, customer) => createInquiry(customer, input),
  failures: {},
  done: ({ inquiryId }) => redirect(`${customerThreadPath(inquiryId)}?sendt=1`),
});

export const customerReplyAction = formAction({
  event: "inquiry.customer-reply",
  guard: () => requireCustomer("/min-side/meldinger"),
  schema: ZInquiryReply,
  echo: { body: INQUIRY_MESSAGE_MAX_LENGTH },
  run: (input, customer) => replyAsCustomer(customer, input),
  failures: { "not-found": "Fant ikke henvendelsen." },
  done: ({ reopened }, input) => {
    revalidatePath(customerThreadPath(input.inquiryId));
    const sent = reopened ? "Meldingen er sendt, og henvendelsen er åpnet igjen." : "Meldingen er sendt.";
    return { ok: true, message: `${sent} Du får et varsel når kundeservice svarer.` };
  },
});
