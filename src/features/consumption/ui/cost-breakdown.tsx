// "Hva kostet strømmen?": the period's cost line by line (Klarkraft's invoice, then the grid company's
// estimate for strømstøtte and Norgespris and the VAT on them), how it is worked out, and the months when
// there are several. The rows come from breakdownRows, whose lines add up to the total.
import { kronerText, kwhText } from "@/platform/format/display";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { breakdownRows, FEE_RULE } from "../domain/cost-lines";
import { monthName } from "../domain/labels";
import type { ConsumptionData } from "../server/consumption";

export function CostBreakdown({ data }: { data: ConsumptionData }) {
  const { cost, point } = data;
  const vatNote = point.vatExempt
    ? "Målepunktet ligger i Nord-Norge (Nordland, Troms eller Finnmark), der husholdninger ikke betaler merverdiavgift på strøm."
    : "Beløpene er med 25 % merverdiavgift.";
  return (
    <Card aria-labelledby="kostnad-tittel">
      <h2 id="kostnad-tittel" className="text-xl font-semibold text-slate-900">
        Hva kostet strømmen?
      </h2>
      <dl className="mt-3 divide-y divide-slate-100">
        {breakdownRows(cost, data.energyPricing).map((row) => (
          <CostRow key={row.key} label={row.label} ore={row.ore} strong={row.kind !== "line"} />
        ))}
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        {vatNote} Nettleie og avgifter til nettselskapet kommer i tillegg og er ikke med. Strømstøtte og
        Norgespris beregnes og gjøres opp av nettselskapet ditt på nettleiefakturaen, så tallene her er et
        estimat.
        {cost.unpricedKwh !== "0.0000" &&
          ` ${kwhText(cost.unpricedKwh)} mangler spotpris ennå og er ikke med i beløpene.`}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        Hvert intervall prises med spotprisen for samme intervall; en timeverdi med snittet av timens fire
        kvarterpriser. Hver linje summeres nøyaktig per måned og avrundes én gang til hele øre. En dag viser
        sin andel av hver månedslinje, fordelt slik at dagene til sammen blir nøyaktig månedens beløp (hver
        dag får sitt eksakte beløp rundet ned, og de øre som blir til overs går til dagene med størst rest).{" "}
        {FEE_RULE}
      </p>
      {cost.months.length > 1 && (
        <div className="mt-4">
          <DataTable
            id="kostnad-maned"
            caption="Per måned"
            columns={["Måned", "Forbruk", "Fra Klarkraft", "Via nettselskapet (estimat)", "Estimert totalt"]}
            minWidthClass="min-w-[36rem]"
          >
            {cost.months.map((m) => (
              <tr key={m.month}>
                <RowHeader className="font-normal first-letter:uppercase">{monthName(m.month)}</RowHeader>
                <Cell className="tabular-nums">{kwhText(m.kwh)}</Cell>
                <Cell className="tabular-nums">{kronerText(m.retailTotalOre)}</Cell>
                <Cell className="tabular-nums">
                  {kronerText(m.stromstotteOre + m.norgesprisOre + m.schemeVatOre)}
                </Cell>
                <Cell className="tabular-nums">{kronerText(m.totalOre)}</Cell>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </Card>
  );
}

function CostRow({ label, ore, strong = false }: { label: string; ore: number; strong?: boolean }) {
  return (
    <div className={`flex flex-wrap justify-between gap-x-4 py-2 ${strong ? "font-semibold" : ""}`}>
      <dt className="text-slate-700">{label}</dt>
      <dd className="tabular-nums text-slate-900">{kronerText(ore)}</dd>
    </div>
  );
}
