import type { Metadata } from "next";
import { getInquiryByLink } from "@/features/inquiries/server";
import { ThreadMessages } from "@/features/inquiries/ui";
import { CONTROLLER } from "@/features/privacy";
import { INQUIRY_STATUS_CUSTOMER_LABELS } from "@/platform/format/labels";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Svar fra kundeservice", robots: { index: false } };
export const dynamic = "force-dynamic";

/**
 * The link mailed with an answer to someone without a login: the thread, read-only. Only the newest
 * answer's link works; the token is a random 32 bytes whose hash is all the database keeps.
 */
export default async function InquiryByLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const thread = await getInquiryByLink(token);
  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">
        {thread ? thread.subject : "Svar fra kundeservice"}
      </h1>
      {thread ? (
        <>
          <p className="text-slate-700">Status: {INQUIRY_STATUS_CUSTOMER_LABELS[thread.status]}</p>
          <ThreadMessages messages={thread.messages} customerLabel="Du" />
          <p className="text-slate-700">
            Vil du svare, skriv til {CONTROLLER.customerServiceEmail} fra samme e-postadresse.
          </p>
        </>
      ) : (
        <Card as="div">
          <p>
            Lenken virker ikke. Har vi svart deg flere ganger, bruk lenken i den nyeste e-posten. Henvendelser
            slettes en tid etter at de er lukket.
          </p>
        </Card>
      )}
    </div>
  );
}
