"use client";

import type { FormState } from "@/platform/form-state";
import { ActionForm } from "@/ui/forms/action-form";
import { TextArea } from "@/ui/forms/text-area";
import { INQUIRY_MESSAGE_MAX_LENGTH } from "../domain/inquiries";

/** A message in an existing thread, from the customer or from customer service. */
export function ReplyForm<T extends object>({
  action,
  inquiryId,
  label,
  hint,
}: {
  action: (state: FormState<T>, form: FormData) => Promise<FormState<T>>;
  inquiryId: string;
  label: string;
  hint?: string;
}) {
  return (
    <ActionForm action={action} submitLabel="Send svar" pendingLabel="Sender …">
      {(failure) => (
        <div className="flex max-w-2xl flex-col gap-5">
          <input type="hidden" name="inquiryId" value={inquiryId} />
          <TextArea
            name="body"
            label={label}
            hint={hint}
            maxLength={INQUIRY_MESSAGE_MAX_LENGTH}
            defaultValue={failure?.values?.body}
            errors={failure?.fieldErrors.body}
          />
        </div>
      )}
    </ActionForm>
  );
}
