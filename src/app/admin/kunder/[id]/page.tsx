import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { RevealNationalIdForm } from "@/app/admin/kunder/[id]/reveal-form";
import { ACCESS_REASONS, accessReason } from "@/features/customers";
import { viewCustomer } from "@/features/customers/server";
import { AccessReasonField } from "@/features/customers/ui";
import { staffThreadPath } from "@/features/inquiries/server";
import { deadlineText } from "@/features/privacy";
import { requireStaff } from "@/features/sign-in/routes";
import { INQUIRY_STATUS_STAFF_LABELS } from "@/platform/format/labels";
import { requestedFromOwnSite } from "@/platform/http/fetch-site";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { DigitGroups } from "@/ui/digit-groups";

export const metadata: Metadata = { title: "Kunde" };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LINK = "font-medium text-brand-700 underline hover:no-underline";
const dateOnly = new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "UTC" });

/** Calendar dates (@db.Date) arrive as UTC midnight. */
function DateText({ date }: { date: Date }) {
  return <time dateTime={date.toISOString().slice(0, 10)}>{dateOnly.format(date)}</time>;
}

/** "fra 1. januar 2025" while it lasts, else "1. juni 2025 – 15. januar 2026", one line a period. */
function SupplyText({ supplied }: { supplied: { from: Date; to: Date | null }[] }) {
  return supplied.map((period) => (
    <span key={period.from.toISOString()} className="block">
      {period.to ? (
        <>
          <DateText date={period.from} /> – <DateText date={period.to} />
        </>
      ) : (
        <>
          fra <DateText date={period.from} />
        </>
      )}
    </span>
  ));
}

function When({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{osloDateTime(at)}</time>;
}

/**
 * One customer for customer service. Nothing about the customer shows until the staff member has
 * said why they need it; the view is then audited with that reason.
 */
export default async function CustomerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  const { id } = await params;
  if (!UUID.test(id)) notFound();
  const reason = accessReason((await searchParams).grunn);
  // A link from another site asks for the reason again rather than writing the look for the staff member.
  if (!reason || !(await requestedFromOwnSite())) return <ReasonFirst customerId={id} />;
  const customer = await viewCustomer(staff, id, reason);
  if (!customer) notFound();

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">{customer.name}</h1>
        <p className="text-slate-700">
          Kundenummer <span className="font-semibold tabular-nums">{customer.customerNumber}</span>
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          {customer.status}
          <span aria-hidden="true"> · </span>
          <span className="sr-only">, </span>
          Grunn: {ACCESS_REASONS[reason]} (ført i revisjonsloggen)
        </p>
      </header>

      <Section id="kontakt" title="Kontakt og identitet">
        <dl className="divide-y divide-slate-100">
          <Row label="E-post">{customer.email ?? "Slettet"}</Row>
          <Row label="Telefon">{customer.phone ?? "Slettet"}</Row>
          <Row label="Adresse">{customer.address}</Row>
          <Row label="Kunde siden">
            <When at={customer.createdAt} />
          </Row>
          {customer.endedAt && (
            <Row label="Avsluttet">
              <When at={customer.endedAt} />
            </Row>
          )}
          <Row label="Fødselsnummer">
            <span className="font-mono">{customer.nationalIdMasked}</span>
          </Row>
        </dl>
        <div className="mt-4">
          <RevealNationalIdForm customerId={customer.id} reason={reason} />
        </div>
      </Section>

      <Section id="avtaler" title="Avtaler">
        <Listed
          items={customer.contracts}
          empty="Ingen avtaler."
          caption="Avtaler"
          columns={["Produkt", "Status", "Start", "Slutt", "Målepunkt-ID"]}
        >
          {(contract) => (
            <tr key={contract.id}>
              <RowHeader>{contract.product}</RowHeader>
              <Cell>{contract.status}</Cell>
              <Cell>
                <DateText date={contract.startDate} />
              </Cell>
              <Cell>{contract.endDate ? <DateText date={contract.endDate} /> : "–"}</Cell>
              <Cell>
                <DigitGroups value={contract.gsrn} />
              </Cell>
            </tr>
          )}
        </Listed>
      </Section>

      <Section id="malepunkter" title="Målepunkter og forbruk">
        <Listed
          items={customer.meteringPoints}
          empty="Ingen målepunkter."
          caption="Målepunkter kunden har eller har hatt levering på, med forbruket i leveringstiden siste 30 og 365 dager"
          columns={[
            "Målepunkt-ID",
            "Målernummer",
            "Adresse",
            "Område",
            "Levering",
            "Siste 30 dager",
            "Siste 365 dager",
            "Siste måling",
          ]}
        >
          {(point) => (
            <tr key={point.id}>
              <RowHeader>
                <DigitGroups value={point.gsrn} />
              </RowHeader>
              <Cell className="font-mono">{point.meterNumber}</Cell>
              <Cell>{point.address}</Cell>
              <Cell>{point.priceArea}</Cell>
              <Cell>
                <SupplyText supplied={point.supplied} />
              </Cell>
              <Cell className="tabular-nums">{point.kwhLast30Days} kWh</Cell>
              <Cell className="tabular-nums">{point.kwhLast365Days} kWh</Cell>
              <Cell>{point.lastReadingAt ? <When at={point.lastReadingAt} /> : "Ingen"}</Cell>
            </tr>
          )}
        </Listed>
      </Section>

      <Section id="samtykke" title="Samtykke til informasjonskapsler">
        {customer.consent ? (
          <p className="text-slate-700">
            Statistikk: {customer.consent.statistics ? "ja" : "nei"}. Markedsføring:{" "}
            {customer.consent.marketing ? "ja" : "nei"}. Valgt <When at={customer.consent.at} /> (versjon{" "}
            {customer.consent.policyVersion}).
          </p>
        ) : (
          <p className="text-slate-700">Ingen valg registrert mens kunden var innlogget.</p>
        )}
      </Section>

      <Section id="begrensning" title="Begrensning og protest">
        <ul className="list-disc space-y-1 pl-6 text-slate-700">
          <li>
            {customer.restrictedAt ? (
              <>
                Behandlingen er begrenset fra <When at={customer.restrictedAt} />: ingen markedsføring,
                profilering eller analyse.
              </>
            ) : (
              "Behandlingen er ikke begrenset."
            )}
          </li>
          <li>
            {customer.marketingObjectedAt ? (
              <>
                Protest mot direkte markedsføring fra <When at={customer.marketingObjectedAt} />.
              </>
            ) : (
              "Ingen protest mot direkte markedsføring."
            )}
          </li>
          <li>
            {customer.profilingObjectedAt ? (
              <>
                Protest mot profilering fra <When at={customer.profilingObjectedAt} />.
              </>
            ) : (
              "Ingen protest mot profilering."
            )}
          </li>
        </ul>
      </Section>

      <Section id="personvern" title="Personvernforespørsler">
        <Listed
          items={customer.privacyRequests}
          empty="Ingen forespørsler."
          caption="Personvernforespørsler"
          columns={["Type", "Status", "Mottatt", "Frist"]}
        >
          {(request) => (
            <tr key={request.id}>
              <RowHeader>{request.type}</RowHeader>
              <Cell>{request.status}</Cell>
              <Cell>
                <When at={request.receivedAt} />
              </Cell>
              <Cell>{deadlineText(request.dueAt)}</Cell>
            </tr>
          )}
        </Listed>
        <p className="mt-3">
          <Link
            href={`/admin/personvernsaker/ny?kunde=${customer.customerNumber}`}
            className="font-medium text-brand-700 underline hover:no-underline"
          >
            Registrer en forespørsel som kom på e-post, telefon eller brev
          </Link>
        </p>
      </Section>

      <Section id="henvendelser" title="Henvendelser">
        <Listed
          items={customer.inquiries}
          empty="Ingen henvendelser."
          caption="Henvendelser"
          columns={["Emne", "Status", "Mottatt"]}
        >
          {(inquiry) => (
            <tr key={inquiry.id}>
              <RowHeader>
                <Link href={staffThreadPath(inquiry.id)} className={LINK}>
                  {inquiry.subject}
                </Link>
              </RowHeader>
              <Cell>{INQUIRY_STATUS_STAFF_LABELS[inquiry.status]}</Cell>
              <Cell>
                <When at={inquiry.createdAt} />
              </Cell>
            </tr>
          )}
        </Listed>
      </Section>

      <Section id="bli-kunde" title="Bli kunde og kredittsjekk">
        <Listed
          items={customer.onboarding}
          empty="Ingen søknader registrert."
          caption="Søknader om å bli kunde"
          columns={["Startet", "Status", "Kredittvurdering"]}
        >
          {(application) => (
            <tr key={application.id}>
              <RowHeader>
                <When at={application.createdAt} />
              </RowHeader>
              <Cell>{application.status}</Cell>
              <Cell>{application.creditDecision ?? "–"}</Cell>
            </tr>
          )}
        </Listed>
      </Section>
    </div>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={`${id}-tittel`}>
      <h2 id={`${id}-tittel`} className="mb-4 text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </Card>
  );
}

function Listed<T>({
  items,
  empty,
  caption,
  columns,
  children,
}: {
  items: readonly T[];
  empty: string;
  caption: string;
  columns: string[];
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="text-slate-700">{empty}</p>;
  const id = `tabell-${caption.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <DataTable id={id} caption={caption} hideCaption columns={columns} minWidthClass="min-w-[40rem]">
      {items.map(children)}
    </DataTable>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium break-all text-slate-900">{children}</dd>
    </div>
  );
}

/** Asks why before showing anything: a plain GET form that reloads the page with ?grunn=. */
function ReasonFirst({ customerId }: { customerId: string }) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Kunde</h1>
      <Card aria-labelledby="grunn-tittel">
        <h2 id="grunn-tittel" className="mb-2 text-xl font-semibold text-slate-900">
          Hvorfor vil du se kunden?
        </h2>
        <p className="mb-4 text-slate-700">
          Visningen føres i revisjonsloggen med grunnen du velger, og kunden kan se den under Personvern.
        </p>
        <form method="get" action={`/admin/kunder/${customerId}`} className="flex max-w-md flex-col gap-5">
          <AccessReasonField id="vis-grunn" name="grunn" />
          <div>
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Vis kunden
            </button>
          </div>
        </form>
      </Card>
    </div>
  );
}
