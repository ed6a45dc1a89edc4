// The shown Forbruk period as CSV or JSON: the same data as the page, for the signed-in customer's own
// metering point only (another customer's point, or none of theirs, is 404, like the page).
import { bucketLabels, periodTitle } from "@/domain/consumption/labels";
import { parseView } from "@/domain/consumption/view";
import { kronerDecimal } from "@/domain/display";
import { osloDate, osloIsoString, osloMidnight } from "@/domain/oslo-calendar";
import { getSessionUser } from "@/server/auth/guards";
import { getConsumption } from "@/server/services/consumption";

export const dynamic = "force-dynamic";

const text = (body: string, status: number) =>
  new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });

export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) return text("Du må logge inn for å laste ned forbruket.", 401);
  if (user.role !== "CUSTOMER" || !user.customerId) return text("Fant ikke siden.", 404);

  const url = new URL(request.url);
  const params = Object.fromEntries(url.searchParams.entries());
  const format = params.format ?? "csv";
  if (format !== "csv" && format !== "json") return text("Ukjent format. Velg csv eller json.", 400);
  const parsed = parseView(params, osloDate(new Date()));
  if (!parsed.ok) return text(parsed.message, 400);
  const data = await getConsumption(user.customerId, parsed.view, params.malepunkt);
  if (!data) return text("Fant ikke siden.", 404);

  const { view, point } = data;
  const end = (i: number) => data.buckets[i + 1]?.start ?? osloMidnight(view.to);
  const rows = data.buckets.map((b, i) => ({
    start: osloIsoString(b.start),
    end: osloIsoString(end(i)),
    kwh: b.kwh,
    spotPriceOrePerKwh: b.priceOrePerKwh,
    complete: b.kwh !== null && b.coveredHours >= b.expectedHours,
  }));
  const name = `forbruk-${point.gsrn}-${view.key}-${view.resolution}`;
  const headers = (type: string, ext: string) => ({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}.${ext}"`,
    "Cache-Control": "no-store",
  });

  if (format === "json") {
    const { cost } = data;
    const body = {
      meteringPoint: point.gsrn,
      period: {
        title: periodTitle(view),
        from: osloIsoString(osloMidnight(view.from)),
        to: osloIsoString(osloMidnight(view.to)),
      },
      resolution: view.resolution,
      units: { energy: "kWh", spotPrice: "øre/kWh excl. VAT", money: "NOK" },
      totalKwh: data.kwh,
      intervals: rows,
      cost: {
        energy: kronerDecimal(cost.energyOre),
        markup: kronerDecimal(cost.markupOre),
        monthlyFee: kronerDecimal(cost.monthlyFeeOre),
        vat: kronerDecimal(cost.retailVatOre),
        fromKlarkraft: kronerDecimal(cost.retailTotalOre),
        stateSchemeEstimate: kronerDecimal(cost.stromstotteOre + cost.norgesprisOre + cost.schemeVatOre),
        estimatedTotal: kronerDecimal(cost.totalOre),
        vatExempt: cost.vatExempt,
        note: "Strømstøtte og Norgespris gjøres opp av nettselskapet: estimat. Nettleie er ikke med.",
      },
    };
    return new Response(JSON.stringify(body, null, 2), {
      headers: headers("application/json; charset=utf-8", "json"),
    });
  }

  const labels = bucketLabels(
    data.buckets.map((b) => b.start),
    view.resolution,
  );
  const lines = [
    "start;slutt;tidspunkt;kwh;spotpris_ore_per_kwh_uten_mva",
    ...rows.map((r, i) => [r.start, r.end, labels[i], r.kwh ?? "", r.spotPriceOrePerKwh ?? ""].join(";")),
  ];
  return new Response(`${lines.join("\r\n")}\r\n`, { headers: headers("text/csv; charset=utf-8", "csv") });
}
