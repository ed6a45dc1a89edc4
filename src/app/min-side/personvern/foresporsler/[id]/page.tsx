import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { deadlineText, OPEN_STATUSES, RECTIFIABLE_FIELD_NAMES, rectifiableField } from "@/features/privacy";
import { effectiveDueAt, getOwnPrivacyRequest } from "@/features/privacy/server";
import { LimitedBy, RequestTimeline } from "@/features/privacy/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { PRIVACY_REQUEST_STATUS_LABELS, PRIVACY_REQUEST_TYPE_LABELS } from "@/platform/format/labels";
import { ZUuid } from "@/platform/identifiers/uuid";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Personvernforespørsel" };

/** One of the customer's own requests with its timeline; any other id is not found. */
export default async function PrivacyRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ finnes?: string }>;
}) {
  const { id } = await params;
  const session = await requireCustomer(`/min-side/personvern/foresporsler/${encodeURIComponent(id)}`);
  const requestId = ZUuid.safeParse(id);
  if (!requestId.success) notFound();
  const request = await getOwnPrivacyRequest(session.customerId, requestId.data);
  if (!request) notFound();
  const { finnes } = await searchParams;
  const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
  const rectified = rectifiableField(request.field);
  const field = rectified ? RECTIFIABLE_FIELD_NAMES[rectified] : null;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/min-side/personvern" className="text-brand-700 underline">
          Tilbake til Personvern
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-slate-900">
        {PRIVACY_REQUEST_TYPE_LABELS[request.type]}
        {field ? `: ${field}` : ""}
      </h1>
      {finnes === "1" && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Du har allerede en åpen forespørsel av denne typen. Vi behandler den, så du trenger ikke sende en
          ny.
        </p>
      )}
      <Card aria-labelledby="status">
        <h2 id="status" className="text-xl font-semibold text-slate-900">
          Status:{" "}
          <Badge tone={open ? "warning" : "success"}>{PRIVACY_REQUEST_STATUS_LABELS[request.status]}</Badge>
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">Mottatt</dt>
          <dd>{osloDateTime(request.receivedAt)}</dd>
          {open && (
            <>
              <dt className="font-medium text-slate-700">Vi svarer senest</dt>
              <dd>{deadlineText(effectiveDueAt(request))}</dd>
            </>
          )}
          {request.extensionReason && (
            <>
              <dt className="font-medium text-slate-700">Hvorfor fristen er forlenget</dt>
              <dd>{request.extensionReason}</dd>
            </>
          )}
          {request.details && (
            <>
              <dt className="font-medium text-slate-700">Det du skrev</dt>
              <dd className="whitespace-pre-line">{request.details}</dd>
            </>
          )}
          {request.resolution && (
            <>
              <dt className="font-medium text-slate-700">Svar</dt>
              <dd className="whitespace-pre-line">{request.resolution}</dd>
            </>
          )}
        </dl>
        <LimitedBy type={request.type} />
      </Card>
      <RequestTimeline events={request.events} />
    </div>
  );
}
