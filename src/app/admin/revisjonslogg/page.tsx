import type { Metadata } from "next";
import Link from "next/link";
import { AUDIT_ACTIONS, type AuditFilter, auditFilter, auditFilterParams } from "@/features/audit";
import { listAuditLog } from "@/features/audit/server";
import { pageNumber } from "@/features/inquiries";
import { requireStaff } from "@/features/sign-in/routes";
import { listStaff } from "@/features/staff/server";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { Pager } from "@/ui/pager";

export const metadata: Metadata = { title: "Revisjonslogg" };

const FIELD = "rounded-md border border-slate-500 bg-white px-3 py-2 text-base";

function withPage(filter: AuditFilter, page: number): string {
  const params = auditFilterParams(filter);
  if (page > 1) params.set("side", String(page));
  const query = params.toString();
  return query ? `/admin/revisjonslogg?${query}` : "/admin/revisjonslogg";
}

function customerText(filter: AuditFilter): string {
  if (!filter.customer) return "";
  return "id" in filter.customer ? filter.customer.id : String(filter.customer.customerNumber);
}

/** Administrators only: every audit row, filtered and paged, and the same selection as CSV. */
export default async function AuditLogPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const admin = await requireStaff("ADMIN");
  const params = await searchParams;
  const filter = auditFilter(params);
  const [log, staff] = await Promise.all([
    listAuditLog(admin, filter, pageNumber(params.side)),
    listStaff(admin),
  ]);
  const csvQuery = auditFilterParams(filter).toString();

  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Revisjonslogg</h1>
        <p className="text-slate-700">
          Hvem som har gjort og sett hva, nyeste først. Loggen kan bare legges til i: databasen avviser
          endring og sletting. At du leser eller laster ned loggen, føres også i den.
        </p>
      </header>
      <Card aria-labelledby="filter-tittel">
        <h2 id="filter-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Filtrer
        </h2>
        <form method="get" action="/admin/revisjonslogg" className="grid gap-4 sm:grid-cols-2">
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-ansatt" className="font-medium">
              Ansatt
            </label>
            <select
              id="filter-ansatt"
              name="ansatt"
              defaultValue={filter.actorUserId ?? ""}
              className={FIELD}
            >
              <option value="">Alle</option>
              {staff.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.displayName ?? member.email}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-kunde" className="font-medium">
              Kunde (kundenummer eller kunde-id)
            </label>
            <input
              id="filter-kunde"
              name="kunde"
              defaultValue={customerText(filter)}
              autoComplete="off"
              maxLength={60}
              className={FIELD}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-handling" className="font-medium">
              Handling
            </label>
            <select id="filter-handling" name="handling" defaultValue={filter.action ?? ""} className={FIELD}>
              <option value="">Alle</option>
              {AUDIT_ACTIONS.map((action) => (
                <option key={action} value={action}>
                  {action}
                </option>
              ))}
            </select>
          </div>
          <div className="flex flex-wrap gap-4">
            <div className="flex flex-col gap-1">
              <label htmlFor="filter-fra" className="font-medium">
                Fra og med dato
              </label>
              <input id="filter-fra" name="fra" type="date" defaultValue={filter.from} className={FIELD} />
            </div>
            <div className="flex flex-col gap-1">
              <label htmlFor="filter-til" className="font-medium">
                Til og med dato
              </label>
              <input id="filter-til" name="til" type="date" defaultValue={filter.to} className={FIELD} />
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-4 sm:col-span-2">
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Vis
            </button>
            <Link
              href="/admin/revisjonslogg"
              className="font-medium text-brand-700 underline hover:no-underline"
            >
              Nullstill filtre
            </Link>
            <a
              href={csvQuery ? `/admin/revisjonslogg/csv?${csvQuery}` : "/admin/revisjonslogg/csv"}
              className="font-medium text-brand-700 underline hover:no-underline"
              download
            >
              Last ned som CSV
            </a>
          </div>
        </form>
      </Card>
      <Card>
        <p className="mb-3 text-slate-700" role="status">
          {log.total === 1 ? "1 hendelse." : `${log.total} hendelser.`}
        </p>
        {log.rows.length > 0 && (
          <DataTable
            id="revisjonslogg"
            caption="Hendelser i revisjonsloggen"
            hideCaption
            columns={["Tid", "Hvem", "Handling", "Kunde", "Detaljer"]}
            minWidthClass="min-w-[56rem]"
          >
            {log.rows.map((row) => (
              <tr key={row.id}>
                <RowHeader className="font-normal whitespace-nowrap">
                  <time dateTime={row.at.toISOString()}>{osloDateTime(row.at)}</time>
                </RowHeader>
                <Cell>
                  {row.actorName ?? row.actorUserId ?? "–"}
                  <span className="block text-sm text-slate-600">{row.actorRole}</span>
                </Cell>
                <Cell className="font-mono text-sm">{row.action}</Cell>
                <Cell className="font-mono text-sm break-all">{row.subjectCustomerId ?? "–"}</Cell>
                <Cell className="font-mono text-xs break-all">{row.details || "–"}</Cell>
              </tr>
            ))}
          </DataTable>
        )}
        <Pager
          page={log.page}
          pageCount={log.pageCount}
          hrefFor={(page) => withPage(filter, page)}
          label="Sider i revisjonsloggen"
        />
      </Card>
    </div>
  );
}
