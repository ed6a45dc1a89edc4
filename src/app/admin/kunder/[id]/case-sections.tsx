import Link from "next/link";
import type { CustomerView } from "@/features/customers/server";
import { staffThreadPath } from "@/features/inquiries/server";
import { deadlineText } from "@/features/privacy";
import {
  CREDIT_OUTCOME_LABELS,
  CREDIT_REVIEW_STATUS_LABELS,
  INQUIRY_STATUS_STAFF_LABELS,
  ONBOARDING_STATUS_LABELS,
  PRIVACY_REQUEST_STATUS_LABELS,
  PRIVACY_REQUEST_TYPE_LABELS,
} from "@/platform/format/labels";
import { Cell, RowHeader } from "@/ui/data-table";
import { InstantText } from "@/ui/time-text";
import { LINK, Listed, Section } from "./card-parts";

export function PrivacyRequestsSection({
  requests,
  customerNumber,
}: {
  requests: CustomerView["privacyRequests"];
  customerNumber: number;
}) {
  return (
    <Section id="personvern" title="Personvernforespørsler">
      <Listed
        items={requests}
        empty="Ingen forespørsler."
        caption="Personvernforespørsler"
        columns={["Type", "Status", "Mottatt", "Frist"]}
      >
        {(request) => (
          <tr key={request.id}>
            <RowHeader>{PRIVACY_REQUEST_TYPE_LABELS[request.type]}</RowHeader>
            <Cell>{PRIVACY_REQUEST_STATUS_LABELS[request.status]}</Cell>
            <Cell>
              <InstantText at={request.receivedAt} />
            </Cell>
            <Cell>{deadlineText(request.dueAt)}</Cell>
          </tr>
        )}
      </Listed>
      <p className="mt-3">
        <Link href={`/admin/personvernsaker/ny?kunde=${customerNumber}`} className={LINK}>
          Registrer en forespørsel som kom på e-post, telefon eller brev
        </Link>
      </p>
    </Section>
  );
}

export function InquiriesSection({ inquiries }: { inquiries: CustomerView["inquiries"] }) {
  return (
    <Section id="henvendelser" title="Henvendelser">
      <Listed
        items={inquiries}
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
              <InstantText at={inquiry.createdAt} />
            </Cell>
          </tr>
        )}
      </Listed>
    </Section>
  );
}

/** The credit check's outcome and, where there is one, the human review case's state (GDPR Art. 22). */
function creditText({ creditOutcome, creditReview }: CustomerView["onboarding"][number]): string {
  if (!creditOutcome) return "–";
  const outcome = CREDIT_OUTCOME_LABELS[creditOutcome];
  return creditReview
    ? `${outcome}; manuell vurdering ${CREDIT_REVIEW_STATUS_LABELS[creditReview].toLowerCase()}`
    : outcome;
}

export function OnboardingSection({ applications }: { applications: CustomerView["onboarding"] }) {
  return (
    <Section id="bli-kunde" title="Bli kunde og kredittsjekk">
      <Listed
        items={applications}
        empty="Ingen søknader registrert."
        caption="Søknader om å bli kunde"
        columns={["Startet", "Status", "Kredittvurdering"]}
      >
        {(application) => (
          <tr key={application.id}>
            <RowHeader>
              <InstantText at={application.createdAt} />
            </RowHeader>
            <Cell>{ONBOARDING_STATUS_LABELS[application.status]}</Cell>
            <Cell>{creditText(application)}</Cell>
          </tr>
        )}
      </Listed>
    </Section>
  );
}
