// The period's consumption and spot price as a chart with its legend, and the same figures as a table.
import { decimalText, kronerText, kwhText } from "@/platform/format/display";
import { osloIsoString } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";
import { DataTable } from "@/ui/data-table";
import { BEFORE_SUPPLY, bucketLabels, periodTitle } from "../domain/labels";
import { RESOLUTION_LABELS } from "../domain/view";
import type { ConsumptionData } from "../server/consumption";
import { type ChartBucket, UsageChart } from "./usage-chart";

export function ConsumptionChart({ data }: { data: ConsumptionData }) {
  const { view, point } = data;
  const title = periodTitle(view);
  const labels = bucketLabels(
    data.buckets.map((b) => b.start),
    view.resolution,
  );
  const chartBuckets: ChartBucket[] = data.buckets.map((b, i) => ({
    key: b.start.toISOString(),
    label: labels[i] ?? "",
    kwh: b.kwh,
    price: b.priceOrePerKwh,
    beforeSupply: b.beforeSupply,
  }));
  const history = data.buckets.some((b) => b.beforeSupply && b.kwh !== null);
  return (
    <Card>
      <UsageChart
        buckets={chartBuckets}
        title={`Forbruk ${title}, per ${RESOLUTION_LABELS[view.resolution].toLowerCase()}`}
        description={`Søyler viser forbruket i kWh${history ? ` (grå søyler: ${BEFORE_SUPPLY})` : ""}, linjen spotprisen i prisområde ${point.priceArea} i øre/kWh uten mva. Totalt ${kwhText(data.kwh)}. Tallene står i tabellen under grafen.`}
      />
      <p className="mt-2 flex flex-wrap gap-4 text-sm text-slate-700">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 bg-brand-600 align-middle" />
          Forbruk (kWh)
        </span>
        {history && (
          <span>
            <span aria-hidden="true" className="mr-1 inline-block h-3 w-3 bg-slate-500 align-middle" />
            Forbruk {BEFORE_SUPPLY} (kWh)
          </span>
        )}
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-0.5 w-4 bg-amber-600 align-middle" />
          Spotpris {point.priceArea} (øre/kWh uten mva)
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block h-1 w-3 bg-slate-300 align-middle" />
          Mangler målerverdi
        </span>
      </p>
      <details className="mt-4">
        <summary className="cursor-pointer font-medium text-brand-800">Vis tallene som tabell</summary>
        <div className="mt-3">
          <DataTable
            id="forbruk-tabell"
            caption={`Forbruk ${title}`}
            columns={[
              "Tidspunkt",
              "Forbruk",
              "Spotpris, snitt i området",
              "Din spotpris (vektet etter forbruk)",
              "Spotpris × forbruk",
            ]}
            minWidthClass="min-w-[40rem]"
            cellsStyledByTable
          >
            {/* Plain cells: the table styles them (cellsStyledByTable), as Cell and RowHeader would. */}
            {data.buckets.map((b, i) => (
              <tr key={b.start.toISOString()}>
                <th scope="row">
                  <time dateTime={osloIsoString(b.start)}>{labels[i]}</time>
                  {b.beforeSupply && b.kwh !== null && ` (${BEFORE_SUPPLY})`}
                </th>
                <td>{b.kwh === null ? "Mangler" : kwhText(b.kwh, 3)}</td>
                <td>{b.priceOrePerKwh === null ? "–" : `${decimalText(b.priceOrePerKwh)} øre/kWh`}</td>
                <td>
                  {b.weightedPriceOrePerKwh === null
                    ? "–"
                    : `${decimalText(b.weightedPriceOrePerKwh, 4)} øre/kWh`}
                </td>
                <td>{b.spotCostWholeOre === null ? "–" : kronerText(b.spotCostWholeOre)}</td>
              </tr>
            ))}
          </DataTable>
          <p className="mt-2 text-sm text-slate-700">
            Spotpris × forbruk er forbruket i hvert intervall ganget med intervallets spotpris, lagt sammen;
            din spotpris er den summen delt på forbruket, og snittet i området er prisområdets uvektede snitt.
            Hver måneds sum avrundes én gang til hele øre og fordeles på radene, så kolonnen summerer nøyaktig
            til månedens beløp; en rad kan derfor avvike med inntil 1 øre fra forbruk × din spotpris.
          </p>
        </div>
      </details>
    </Card>
  );
}
