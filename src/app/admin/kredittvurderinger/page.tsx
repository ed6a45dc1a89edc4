import type { Metadata } from "next";
import { DecideForm } from "@/app/admin/kredittvurderinger/decide-form";
import { CREDIT_REASON_TEXT, CREDIT_REVIEW_ANSWER_DAYS, type CreditReasonCode } from "@/features/onboarding";
import { listReviewCases } from "@/features/onboarding/server";
import { requireStaff } from "@/features/sign-in/routes";
import { CREDIT_REVIEW_REASON_LABELS, CREDIT_REVIEW_STATUS_LABELS } from "@/platform/format/labels";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { CalendarDate, InstantText } from "@/ui/time-text";

export const metadata: Metadata = { title: "Kredittvurderinger" };

type ReviewCase = Awaited<ReturnType<typeof listReviewCases>>[number];

/** Customer service works credit decisions that need a person: applicants here are not customers yet. */
export default async function CreditReviewsPage() {
  const staff = await requireStaff("SUPPORT");
  const cases = await listReviewCases(staff);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Kredittvurderinger</h1>
      <Card aria-labelledby="saker-tittel">
        <h2 id="saker-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Søknader som skal vurderes av en person
        </h2>
        <p className="mb-4 text-slate-700">
          Åpne saker står først, den med tidligst svarfrist øverst. Søkeren er lovet svar innen{" "}
          {CREDIT_REVIEW_ANSWER_DAYS} dager og ser status via lenken i e-posten. En godkjenning lar søkeren
          fullføre «Bli kunde». Hver vurdering føres i revisjonsloggen.
        </p>
        {cases.length === 0 ? (
          <p>Ingen saker.</p>
        ) : (
          <DataTable
            id="kredittvurderinger"
            caption="Saker om kredittvurdering, åpne etter svarfrist"
            hideCaption
            columns={[
              "Søker",
              "Grunn",
              "Kredittsjekken",
              "Søkerens forklaring",
              "Mottatt",
              "Svar innen",
              "Status",
              "Vurdering",
            ]}
            minWidthClass="min-w-[72rem]"
          >
            {cases.map((c) => (
              <CaseRow key={c.id} review={c} />
            ))}
          </DataTable>
        )}
      </Card>
    </div>
  );
}

function CaseRow({ review: c }: { review: ReviewCase }) {
  const name = `${c.application.firstName} ${c.application.lastName}`;
  const reason = c.application.creditReasonCode as CreditReasonCode | null;
  return (
    <tr>
      <RowHeader className="font-medium">
        {name}
        <span className="block text-sm font-normal text-slate-700">
          {c.application.postalCode} {c.application.city}
        </span>
      </RowHeader>
      <Cell>{CREDIT_REVIEW_REASON_LABELS[c.reason]}</Cell>
      <Cell>
        {reason ? CREDIT_REASON_TEXT[reason] : "–"}
        {c.application.creditScoreBand ? ` Scoregruppe ${c.application.creditScoreBand}.` : ""}
      </Cell>
      <Cell className="max-w-sm whitespace-pre-line break-words">
        {c.applicantStatement ?? <span className="text-slate-700">Ingen forklaring</span>}
      </Cell>
      <Cell>
        <InstantText at={c.requestedAt} />
      </Cell>
      <Cell>
        <CalendarDate date={c.answerDueDate} />
        {c.overdue && (
          <span className="mt-1 block">
            <Badge tone="warning">Over fristen</Badge>
          </span>
        )}
      </Cell>
      <Cell>{CREDIT_REVIEW_STATUS_LABELS[c.status]}</Cell>
      <Cell>{c.status === "REQUESTED" ? <DecideForm caseId={c.id} applicant={name} /> : "Vurdert"}</Cell>
    </tr>
  );
}
