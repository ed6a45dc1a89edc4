import { RevealNationalIdForm } from "@/app/admin/kunder/[id]/reveal-form";
import { ACCESS_REASONS, type AccessReason } from "@/features/customers";
import type { CustomerView } from "@/features/customers/server";
import { CUSTOMER_STATUS_LABELS } from "@/platform/format/labels";
import { InstantText } from "@/ui/time-text";
import { Row, Section } from "./card-parts";

export function CustomerHeader({ customer, reason }: { customer: CustomerView; reason: AccessReason }) {
  return (
    <header className="space-y-1">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">{customer.name}</h1>
      <p className="text-slate-700">
        Kundenummer <span className="font-semibold tabular-nums">{customer.customerNumber}</span>
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        {CUSTOMER_STATUS_LABELS[customer.status]}
        <span aria-hidden="true"> · </span>
        <span className="sr-only">, </span>
        Grunn: {ACCESS_REASONS[reason]} (ført i revisjonsloggen)
      </p>
    </header>
  );
}

export function ContactSection({ customer, reason }: { customer: CustomerView; reason: AccessReason }) {
  return (
    <Section id="kontakt" title="Kontakt og identitet">
      <dl className="divide-y divide-slate-100">
        <Row label="E-post">{customer.email ?? "Slettet"}</Row>
        <Row label="Telefon">{customer.phone ?? "Slettet"}</Row>
        <Row label="Adresse">{customer.address}</Row>
        <Row label="Kunde siden">
          <InstantText at={customer.createdAt} />
        </Row>
        {customer.endedAt && (
          <Row label="Avsluttet">
            <InstantText at={customer.endedAt} />
          </Row>
        )}
        <Row label="Fødselsnummer">
          <span className="font-mono">{customer.nationalIdMasked ?? "Slettet"}</span>
        </Row>
      </dl>
      <div className="mt-4">
        <RevealNationalIdForm customerId={customer.id} reason={reason} />
      </div>
    </Section>
  );
}

export function ConsentSection({ consent }: { consent: CustomerView["consent"] }) {
  return (
    <Section id="samtykke" title="Samtykke til informasjonskapsler">
      {consent ? (
        <p className="text-slate-700">
          Statistikk: {consent.statistics ? "ja" : "nei"}. Markedsføring: {consent.marketing ? "ja" : "nei"}.
          Valgt <InstantText at={consent.at} /> (versjon {consent.policyVersion}).
        </p>
      ) : (
        <p className="text-slate-700">Ingen valg registrert mens kunden var innlogget.</p>
      )}
    </Section>
  );
}

/** Art. 18 and 21: whether processing is restricted, and what the customer has objected to. */
export function RestrictionSection({ customer }: { customer: CustomerView }) {
  return (
    <Section id="begrensning" title="Begrensning og protest">
      <ul className="list-disc space-y-1 pl-6 text-slate-700">
        <li>
          {customer.restrictedAt ? (
            <>
              Behandlingen er begrenset fra <InstantText at={customer.restrictedAt} />: ingen markedsføring,
              profilering eller analyse.
            </>
          ) : (
            "Behandlingen er ikke begrenset."
          )}
        </li>
        <li>
          {customer.marketingObjectedAt ? (
            <>
              Protest mot direkte markedsføring fra <InstantText at={customer.marketingObjectedAt} />.
            </>
          ) : (
            "Ingen protest mot direkte markedsføring."
          )}
        </li>
        <li>
          {customer.profilingObjectedAt ? (
            <>
              Protest mot profilering fra <InstantText at={customer.profilingObjectedAt} />.
            </>
          ) : (
            "Ingen protest mot profilering."
          )}
        </li>
      </ul>
    </Section>
  );
}
