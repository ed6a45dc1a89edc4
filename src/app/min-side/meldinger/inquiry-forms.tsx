"use client";

import { createInquiryAction, customerReplyAction } from "@/app/min-side/meldinger/actions";
import { INQUIRY_MESSAGE_MAX_LENGTH, INQUIRY_SUBJECT_MAX_LENGTH } from "@/features/inquiries";
import { ReplyForm } from "@/features/inquiries/ui";
import { ActionForm } from "@/ui/forms/action-form";
import { TextArea } from "@/ui/forms/text-area";
import { TextField } from "@/ui/forms/text-field";

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
