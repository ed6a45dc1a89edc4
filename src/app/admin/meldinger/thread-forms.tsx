"use client";

import { ActionForm } from "@/components/forms/action-form";
import { ReplyForm } from "@/components/inquiries/reply-form";
import { assignInquiryAction, closeInquiryAction, staffReplyAction } from "./actions";

export function StaffReplyForm({ inquiryId }: { inquiryId: string }) {
  return (
    <ReplyForm
      action={staffReplyAction}
      inquiryId={inquiryId}
      label="Svar til kunden"
      hint="Kunden får et varsel på Min side og en e-post med lenke hit, uten teksten."
    />
  );
}

/** "Ta saken" or "Lukk henvendelsen": a button that posts the thread's id. */
export function ThreadButton({ inquiryId, kind }: { inquiryId: string; kind: "assign" | "close" }) {
  return (
    <ActionForm
      action={kind === "assign" ? assignInquiryAction : closeInquiryAction}
      submitLabel={kind === "assign" ? "Ta saken" : "Lukk henvendelsen"}
      pendingLabel={kind === "assign" ? "Tildeler …" : "Lukker …"}
    >
      {() => <input type="hidden" name="inquiryId" value={inquiryId} />}
    </ActionForm>
  );
}
