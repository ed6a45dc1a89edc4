import type { Metadata } from "next";
import Link from "next/link";
import { OpenFromHere } from "@/features/customers/ui";
import { INQUIRY_STATUSES, type InquiryStatusId, inboxStatus, pageNumber } from "@/features/inquiries";
import { listInbox, staffThreadPath } from "@/features/inquiries/server";
import { requireStaff } from "@/features/sign-in/routes";
import { INQUIRY_STATUS_STAFF_LABELS } from "@/platform/format/labels";
import { requestedFromOwnSite } from "@/platform/http/fetch-site";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { Pager } from "@/ui/pager";

export const metadata: Metadata = { title: "Meldinger fra kunder" };

function tabHref(status: InquiryStatusId, page = 1): string {
  const query = new URLSearchParams({ status });
  if (page > 1) query.set("side", String(page));
  return `/admin/meldinger?${query}`;
}

export default async function InboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  const params = await searchParams;
  // The list shows customers' numbers and subjects, an audited look: not on another site's say-so.
  if (!(await requestedFromOwnSite())) {
    return (
      <OpenFromHere
        title="Meldinger fra kunder"
        href={tabHref(inboxStatus(params.status), pageNumber(params.side))}
      />
    );
  }
  const inbox = await listInbox(staff, inboxStatus(params.status), pageNumber(params.side));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Meldinger fra kunder</h1>
        <p className="text-slate-700">
          Eldste først. Listen og hver henvendelse du åpner, føres i revisjonsloggen.
        </p>
        <p>
          <Link
            href="/admin/meldinger/ny"
            className="font-medium text-brand-700 underline hover:no-underline"
          >
            Registrer en henvendelse fra noen uten innlogging
          </Link>
        </p>
      </header>
      <nav aria-label="Status">
        <ul className="flex flex-wrap gap-2">
          {INQUIRY_STATUSES.map((status) => (
            <li key={status}>
              <Link
                href={tabHref(status)}
                aria-current={status === inbox.status ? "page" : undefined}
                className="inline-block rounded-md border border-slate-300 px-3 py-2 font-medium text-brand-800 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
              >
                {INQUIRY_STATUS_STAFF_LABELS[status]} ({inbox.counts[status]})
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Card>
        {inbox.rows.length === 0 ? (
          <p className="text-slate-700">
            Ingen henvendelser med status «{INQUIRY_STATUS_STAFF_LABELS[inbox.status]}».
          </p>
        ) : (
          <DataTable
            id="innboks"
            caption={`Henvendelser: ${INQUIRY_STATUS_STAFF_LABELS[inbox.status].toLowerCase()}`}
            columns={["Emne", "Kundenummer", "Mottatt", "Siste melding", "Tildelt"]}
            minWidthClass="min-w-[48rem]"
          >
            {inbox.rows.map((row) => (
              <tr key={row.id}>
                <RowHeader className="font-medium">
                  <Link
                    href={staffThreadPath(row.id)}
                    className="text-brand-800 underline hover:no-underline"
                  >
                    {row.subject}
                  </Link>
                </RowHeader>
                <Cell className="tabular-nums">
                  {row.customerNumber ?? (row.fromNonCustomer ? "Ikke kunde" : "Ikke lenger kunde")}
                </Cell>
                <Cell>
                  <time dateTime={row.createdAt.toISOString()}>{osloDateTime(row.createdAt)}</time>
                </Cell>
                <Cell>
                  <time dateTime={row.lastMessageAt.toISOString()}>{osloDateTime(row.lastMessageAt)}</time>
                  {row.lastFromCustomer ? " fra kunden" : " fra oss"}
                </Cell>
                <Cell>
                  {row.assignedToMe
                    ? "Deg"
                    : row.assignee
                      ? (row.assignee.displayName ?? "Uten navn")
                      : "Ingen"}
                </Cell>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager
          page={inbox.page}
          pageCount={inbox.pageCount}
          hrefFor={(page) => tabHref(inbox.status, page)}
          label="Sider i innboksen"
        />
      </Card>
    </div>
  );
}
