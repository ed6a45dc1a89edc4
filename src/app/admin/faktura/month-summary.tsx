import Link from "next/link";
import { monthName } from "@/features/consumption";
import { type BillingMonthSummary, HELD_SHOWN } from "@/features/invoices/server";
import { kronerText } from "@/platform/format/display";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { DetailRow } from "@/ui/detail-row";
import { DigitGroups } from "@/ui/digit-groups";
import { InstantText } from "@/ui/time-text";

const H2 = "mb-3 text-xl font-semibold text-slate-900";
const LINK = "font-medium text-brand-700 underline hover:no-underline";

/** The month's run as it stands: issued (count and sums) and every contract held back with the reason. */
export function MonthSummary({ summary }: { summary: BillingMonthSummary }) {
  const { issued, held, heldTotal } = summary;
  const name = monthName(summary.month);
  return (
    <Card aria-labelledby="resultat-tittel">
      <h2 id="resultat-tittel" className={H2}>
        Resultat for {name}
      </h2>
      <dl className="mb-6 max-w-md divide-y divide-slate-200">
        <DetailRow label="Fakturaer utstedt">{issued.count}</DetailRow>
        <DetailRow label="Sum uten mva.">{kronerText(issued.netOre)}</DetailRow>
        <DetailRow label="Mva.">{kronerText(issued.vatOre)}</DetailRow>
        <DetailRow label="Sum å betale">{kronerText(issued.amountOre)}</DetailRow>
        <DetailRow label="Holdt tilbake">{heldTotal}</DetailRow>
      </dl>
      {held.length === 0 ? (
        <p className="text-slate-700">Ingen avtaler er holdt tilbake for {name}.</p>
      ) : (
        <DataTable
          id="holdt-tilbake"
          caption={`Holdt tilbake for ${name}`}
          columns={["Kundenummer", "Målepunkt-ID", "Grunn", "Vurdert"]}
          minWidthClass="min-w-[40rem]"
        >
          {held.map((item) => (
            <tr key={item.contractId}>
              <RowHeader>
                <Link href={`/admin/kunder/${item.customerId}?grunn=invoice`} className={LINK}>
                  {item.customerNumber}
                </Link>
              </RowHeader>
              <Cell>
                <DigitGroups value={item.gsrn} />
              </Cell>
              <Cell>{item.reason ?? "–"}</Cell>
              <Cell>
                <InstantText at={item.decidedAt} />
              </Cell>
            </tr>
          ))}
        </DataTable>
      )}
      {heldTotal > held.length && (
        <p className="mt-3 text-slate-700">
          Viser de første {HELD_SHOWN} av {heldTotal}.
        </p>
      )}
    </Card>
  );
}
