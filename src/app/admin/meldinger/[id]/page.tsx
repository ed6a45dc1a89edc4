import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { StaffReplyForm, ThreadButton } from "@/app/admin/meldinger/thread-forms";
import { OpenFromHere } from "@/features/customers/ui";
import { getInquiryForStaff } from "@/features/inquiries/server";
import { ThreadMessages } from "@/features/inquiries/ui";
import { requireStaff } from "@/features/sign-in/routes";
import { INQUIRY_STATUS_STAFF_LABELS } from "@/platform/format/labels";
import { requestedFromOwnSite } from "@/platform/http/fetch-site";
import { isUuid } from "@/platform/identifiers/uuid";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Henvendelse" };

export default async function StaffThreadPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff();
  const { id } = await params;
  if (!isUuid(id)) notFound();
  // Opening a thread is an audited look: not on another site's say-so.
  if (!(await requestedFromOwnSite()))
    return <OpenFromHere title="Åpne henvendelsen" href={`/admin/meldinger/${id}`} />;
  const thread = await getInquiryForStaff(staff, id);
  if (!thread) notFound();
  const closed = thread.status === "CLOSED";

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/meldinger" className="font-medium text-brand-700 underline hover:no-underline">
          Tilbake til innboksen
        </Link>
      </p>
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="mr-auto text-3xl font-bold tracking-tight text-slate-900">{thread.subject}</h1>
          <Badge tone={closed ? "neutral" : "warning"}>{INQUIRY_STATUS_STAFF_LABELS[thread.status]}</Badge>
        </div>
        <p className="text-slate-700">
          {thread.customer ? (
            <>
              Fra{" "}
              <Link
                href={`/admin/kunder/${thread.customer.id}?grunn=inquiry`}
                className="font-medium text-brand-700 underline"
              >
                {thread.customer.name}
              </Link>{" "}
              (kundenummer {thread.customer.customerNumber})
            </>
          ) : thread.requesterEmail ? (
            <>Fra {thread.requesterEmail} (ikke kunde, registrert av kundeservice)</>
          ) : (
            "Avsenderen er ikke lenger kunde."
          )}
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          Tildelt:{" "}
          {thread.assignedToMe
            ? "deg"
            : thread.assignee
              ? (thread.assignee.displayName ?? "Uten navn")
              : "ingen"}
          {thread.closedAt && (
            <>
              <span aria-hidden="true"> · </span>
              <span className="sr-only">, </span>
              Lukket <time dateTime={thread.closedAt.toISOString()}>{osloDateTime(thread.closedAt)}</time>
            </>
          )}
        </p>
      </header>
      <ThreadMessages messages={thread.messages} customerLabel="Kunden" />
      {!closed && (
        <>
          <Card aria-labelledby="svar-tittel">
            <h2 id="svar-tittel" className="mb-4 text-xl font-semibold text-slate-900">
              Svar
            </h2>
            <StaffReplyForm
              inquiryId={thread.id}
              byLink={!thread.customer && thread.requesterEmail !== null}
            />
          </Card>
          <Card aria-labelledby="behandling-tittel">
            <h2 id="behandling-tittel" className="mb-4 text-xl font-semibold text-slate-900">
              Behandling
            </h2>
            <div className="flex flex-wrap gap-6">
              {thread.assignedToMe ? (
                <p className="text-slate-700">Saken er tildelt deg.</p>
              ) : (
                <ThreadButton inquiryId={thread.id} kind="assign" />
              )}
              <ThreadButton inquiryId={thread.id} kind="close" />
            </div>
          </Card>
        </>
      )}
    </div>
  );
}
