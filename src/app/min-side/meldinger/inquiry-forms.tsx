"use client";

import { ActionForm } from "@/components/forms/action-form";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { ReplyForm } from "@/components/inquiries/reply-form";
import { INQUIRY_MESSAGE_MAX_LENGTH, INQUIRY_SUBJECT_MAX_LENGTH } from "@/domain/inquiries";
import { createInquiryAction, customerReplyAction } from "./actions";

export function NewInquiryForm() {
  return (
    <ActionForm action={createInquiryAction} submitLabel="Send melding" pendingLabel="Sender …">
      {(failure) => (
        <div className="flex max-w-2xl flex-col gap-5">
          <TextField
            name="subject"
            label="Hva gjelder det?"
            hint="For eksempel «Faktura for mars» eller «Innsyn i opplysningene mine»."
            maxLength={INQUIRY_SUBJECT_MAX_LENGTH}
            autoComplete="off"
            defaultValue={failure?.values?.subject}
            errors={failure?.fieldErrors.subject}
          />
          <TextArea
            name="body"
            label="Melding"
            maxLength={INQUIRY_MESSAGE_MAX_LENGTH}
            defaultValue={failure?.values?.body}
            errors={failure?.fieldErrors.body}
          />
        </div>
      )}
    </ActionForm>
  );
}

export function CustomerReplyForm({ inquiryId, hint }: { inquiryId: string; hint?: string }) {
  return <ReplyForm action={customerReplyAction} inquiryId={inquiryId} label="Skriv et svar" hint={hint} />;
}
