"use client";

import { assignInquiryAction, closeInquiryAction, staffReplyAction } from "@/app/admin/meldinger/actions";
import { ReplyForm } from "@/features/inquiries/ui";
import { ActionForm } from "@/ui/forms/action-form";

export function StaffReplyForm({ inquiryId, byLink }: { inquiryId: string; byLink: boolean }) {
  return (
    <ReplyForm
      action={staffReplyAction}
      inquiryId={inquiryId}
      label={byLink ? "Svar til den som spurte" : "Svar til kunden"}
      hint={
        byLink
          ? "Personen har ingen innlogging: de får en e-post med en lenke som viser samtalen, uten teksten. Lenken i en eldre e-post slutter å virke."
          : "Kunden får et varsel på Min side og en e-post med lenke hit, uten teksten."
      }
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
