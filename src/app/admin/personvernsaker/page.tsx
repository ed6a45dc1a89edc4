import type { Metadata } from "next";
import Link from "next/link";
import { OpenFromHere } from "@/features/customers/ui";
import { deadlineText, ZCaseFilter } from "@/features/privacy";
import { listPrivacyCases } from "@/features/privacy/server";
import { requireStaff } from "@/features/sign-in/routes";
import { PRIVACY_REQUEST_STATUS_LABELS, PRIVACY_REQUEST_TYPE_LABELS } from "@/platform/format/labels";
import { requestedFromOwnSite } from "@/platform/http/fetch-site";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";

export const metadata: Metadata = { title: "Personvernsaker" };

const SELECT = "rounded-md border border-slate-500 bg-white px-3 py-2 text-base";

/** The staff queue of privacy requests, by the date each answer is owed (GDPR Art. 12(3)). */
export default async function PrivacyCasesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  // The list shows customers' numbers, an audited look: not on another site's say-so.
  if (!(await requestedFromOwnSite()))
    return <OpenFromHere title="Personvernsaker" href="/admin/personvernsaker" />;
  const filter = ZCaseFilter.parse(await searchParams);
  const cases = await listPrivacyCases({ userId: staff.userId, role: staff.role }, filter);
  const now = new Date();

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Personvernsaker</h1>
        <p className="text-slate-700">
          Åpne saker står først, etter fristen. Svar innen én måned; fristen kan forlenges én gang med inntil
          to måneder, og bare innen den første måneden.
        </p>
        <p>
          <Link href="/admin/personvernsaker/ny" className="font-medium text-brand-700 underline">
            Registrer en forespørsel som kom på e-post, telefon eller brev
          </Link>
        </p>
      </header>
      <Card aria-labelledby="filter-tittel">
        <h2 id="filter-tittel" className="mb-3 text-xl font-semibold text-slate-900">
          Filter
        </h2>
        <form method="get" className="flex flex-wrap items-end gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-type" className="font-medium">
              Type
            </label>
            <select id="filter-type" name="type" defaultValue={filter.type ?? ""} className={SELECT}>
              <option value="">Alle</option>
              {Object.entries(PRIVACY_REQUEST_TYPE_LABELS).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-status" className="font-medium">
              Status
            </label>
            <select id="filter-status" name="status" defaultValue={filter.status ?? ""} className={SELECT}>
              <option value="">Alle</option>
              <option value="OPEN">Alle åpne</option>
              {Object.entries(PRIVACY_REQUEST_STATUS_LABELS).map(([value, name]) => (
                <option key={value} value={value}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="submit"
            className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
          >
            Vis
          </button>
        </form>
      </Card>
      <Card aria-labelledby="saker-tittel">
        <h2 id="saker-tittel" className="mb-3 text-xl font-semibold text-slate-900">
          Saker ({cases.length})
        </h2>
        {cases.length === 0 ? (
          <p className="text-slate-700">Ingen saker med dette filteret.</p>
        ) : (
          <DataTable
            id="saker"
            caption="Personvernsaker, åpne etter frist"
            hideCaption
            columns={["Frist", "Type", "Status", "Fra", "Mottatt"]}
            minWidthClass="min-w-[44rem]"
          >
            {cases.map((row) => (
              <tr key={row.id}>
                <RowHeader>
                  <Link href={`/admin/personvernsaker/${row.id}`} className="text-brand-700 underline">
                    {deadlineText(row.dueAt)}
                  </Link>{" "}
                  {row.overdue && <Badge tone="warning">Over fristen</Badge>}
                </RowHeader>
                <Cell>{PRIVACY_REQUEST_TYPE_LABELS[row.type]}</Cell>
                <Cell>{PRIVACY_REQUEST_STATUS_LABELS[row.status]}</Cell>
                <Cell>
                  {row.customerNumber !== null
                    ? `Kunde ${row.customerNumber}`
                    : (row.requesterEmail ?? "Ukjent")}
                </Cell>
                <Cell>{osloDateTime(row.receivedAt)}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
        <p className="mt-3 text-sm text-slate-600">Oppdatert {osloDateTime(now)}.</p>
      </Card>
    </div>
  );
}
