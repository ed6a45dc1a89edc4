import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ErasureCard } from "@/app/admin/personvernsaker/[id]/erasure-card";
import { LiftRestrictionForm, TransitionForm } from "@/app/admin/personvernsaker/case-forms";
import { RectifyForm, RegisterCheck } from "@/app/admin/personvernsaker/rectify-forms";
import { OpenFromHere } from "@/features/customers/ui";
import {
  deadlineText,
  OPEN_STATUSES,
  RECTIFIABLE_FIELD_NAMES,
  recipientNames,
  recipientsToTell,
  rectifiableField,
  rightFor,
} from "@/features/privacy";
import { effectiveDueAt, viewPrivacyCase } from "@/features/privacy/server";
import { RequestTimeline } from "@/features/privacy/ui";
import { requireStaff } from "@/features/sign-in/routes";
import {
  IDENTITY_VERIFICATION_LABELS,
  PRIVACY_REQUEST_STATUS_LABELS,
  PRIVACY_REQUEST_TYPE_LABELS,
  ROLE_LABELS,
} from "@/platform/format/labels";
import { requestedFromOwnSite } from "@/platform/http/fetch-site";
import { ZUuid } from "@/platform/identifiers/uuid";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Personvernsak" };

export default async function PrivacyCasePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ lagret?: string }>;
}) {
  const staff = await requireStaff();
  const id = ZUuid.safeParse((await params).id);
  if (!id.success) notFound();
  // Opening a case is an audited look: a link from another site gets a button to open it from here.
  if (!(await requestedFromOwnSite())) {
    return <OpenFromHere title="Åpne personvernsaken" href={`/admin/personvernsaker/${id.data}`} />;
  }
  const request = await viewPrivacyCase({ userId: staff.userId, role: staff.role }, id.data);
  if (!request) notFound();
  const open = (OPEN_STATUSES as readonly string[]).includes(request.status);
  const due = effectiveDueAt(request);
  const field = rectifiableField(request.field);
  const customer = request.customer;
  const erasureToCarryOut = open && request.type === "ERASURE" && !customer?.anonymisedAt;

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/personvernsaker" className="text-brand-700 underline">
          Tilbake til personvernsaker
        </Link>
      </p>
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">
        {PRIVACY_REQUEST_TYPE_LABELS[request.type]}
        {field ? `: ${RECTIFIABLE_FIELD_NAMES[field]}` : ""}
      </h1>
      {(await searchParams).lagret === "1" && (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 p-3 text-green-900">
          Lagret. Saken har nå status «{PRIVACY_REQUEST_STATUS_LABELS[request.status]}», og den som spurte,
          har fått e-post.
        </p>
      )}
      <Card aria-labelledby="sak-tittel">
        <h2 id="sak-tittel" className="text-xl font-semibold text-slate-900">
          Status:{" "}
          <Badge tone={open ? "warning" : "success"}>{PRIVACY_REQUEST_STATUS_LABELS[request.status]}</Badge>{" "}
          {open && due <= new Date() && <Badge tone="warning">Over fristen</Badge>}
        </h2>
        <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">Fra</dt>
          <dd>
            {customer
              ? `Kunde ${customer.customerNumber}${customer.anonymisedAt ? " (anonymisert)" : `: ${customer.firstName} ${customer.lastName}`}`
              : (request.requesterEmail ?? "Ukjent")}
          </dd>
          {request.identityVerification && (
            <>
              <dt className="font-medium text-slate-700">Identitet bekreftet</dt>
              <dd>{IDENTITY_VERIFICATION_LABELS[request.identityVerification]}</dd>
            </>
          )}
          <dt className="font-medium text-slate-700">Mottatt</dt>
          <dd>{osloDateTime(request.receivedAt)}</dd>
          <dt className="font-medium text-slate-700">Frist</dt>
          <dd>{deadlineText(due)}</dd>
          {customer?.restrictedAt && (
            <>
              <dt className="font-medium text-slate-700">Begrensning</dt>
              <dd>Behandlingen er begrenset fra {osloDateTime(customer.restrictedAt)}</dd>
            </>
          )}
          {request.details && (
            <>
              <dt className="font-medium text-slate-700">Beskrivelse</dt>
              <dd className="whitespace-pre-line">{request.details}</dd>
            </>
          )}
          {request.resolution && (
            <>
              <dt className="font-medium text-slate-700">Svar</dt>
              <dd className="whitespace-pre-line">{request.resolution}</dd>
            </>
          )}
          <dt className="font-medium text-slate-700">Begrenset av</dt>
          <dd>{rightFor(request.type).limitedBy}</dd>
        </dl>
      </Card>
      {erasureToCarryOut && <ErasureCard request={request} />}
      {open && (
        <Card aria-labelledby="handlinger">
          <h2 id="handlinger" className="mb-4 text-xl font-semibold text-slate-900">
            Handlinger
          </h2>
          <div className="grid gap-8 md:grid-cols-2">
            {customer && !customer.anonymisedAt && (field === "name" || field === "address") && (
              <RectifySections
                requestId={request.id}
                field={field}
                current={customer}
                recipients={recipientNames(
                  recipientsToTell(field, Boolean(customer.onboarding?.creditDecidedAt)),
                )}
              />
            )}
            {request.status === "RECEIVED" && <TransitionForm requestId={request.id} kind="start" />}
            {!request.extendedDueAt && <TransitionForm requestId={request.id} kind="extend" />}
            {/* An erasure is completed by carrying it out, never by a bare "Fullfør". */}
            {!erasureToCarryOut && <TransitionForm requestId={request.id} kind="complete" />}
            <TransitionForm requestId={request.id} kind="reject" />
          </div>
        </Card>
      )}
      {request.type === "RESTRICTION" && customer?.restrictedAt && (
        <Card aria-labelledby="oppheving">
          <h2 id="oppheving" className="mb-2 text-xl font-semibold text-slate-900">
            Opphev begrensningen
          </h2>
          <p className="mb-4 text-slate-700">
            Kunden skal få vite hvorfor før begrensningen oppheves (personvernforordningen artikkel 18 nr. 3).
          </p>
          <LiftRestrictionForm requestId={request.id} />
        </Card>
      )}
      <RequestTimeline
        events={request.events}
        actorOf={(event) => (event.actorUser ? ROLE_LABELS[event.actorUser.role] : "Systemet")}
      />
    </div>
  );
}

/** Correcting a name or address: as Folkeregisteret says it (looked up first), or as the customer asked. */
function RectifySections({
  requestId,
  field,
  current,
  recipients,
}: {
  requestId: string;
  field: "name" | "address";
  current: { firstName: string; lastName: string; street: string; postalCode: string; city: string };
  recipients: string;
}) {
  const fieldName = RECTIFIABLE_FIELD_NAMES[field].toLowerCase();
  return (
    <>
      <section aria-labelledby="register-tittel" className="md:col-span-2">
        <h3 id="register-tittel" className="mb-2 text-lg font-semibold">
          Sjekk {fieldName} i Folkeregisteret
        </h3>
        <RegisterCheck requestId={requestId} field={field} recipients={recipients} />
      </section>
      <section aria-labelledby="rett-tittel" className="md:col-span-2">
        <h3 id="rett-tittel" className="mb-2 text-lg font-semibold">
          Rett {fieldName} slik kunden ba om
        </h3>
        <RectifyForm
          requestId={requestId}
          field={field}
          values={current}
          source="customer"
          recipients={recipients}
        />
      </section>
    </>
  );
}
