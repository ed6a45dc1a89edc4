// The shown Forbruk period as CSV or JSON: the same data as the page, for the signed-in customer's own
// metering point only (another customer's point, or none of theirs, is 404, like the page).
import {
  consumptionCsv,
  exportIntervals,
  parseView,
  periodTitle,
  queryParams,
  SPOT_COST_RULE,
  spotCostTotals,
} from "@/features/consumption";
import { getConsumption } from "@/features/consumption/server";
import { getSessionUser } from "@/features/sign-in/routes";
import { kronerDecimal } from "@/platform/format/display";
import { osloDate, osloIsoString, osloMidnight } from "@/platform/time/oslo-calendar";

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
  // The page's own reading of the address (parseView refuses a parameter given twice).
  const params = queryParams(url.searchParams);
  const format = params.format ?? "csv";
  if (format !== "csv" && format !== "json") return text("Ukjent format. Velg csv eller json.", 400);
  const parsed = parseView(params, osloDate(new Date()));
  if (!parsed.ok) return text(parsed.message, 400);
  const malepunkt = typeof params.malepunkt === "string" ? params.malepunkt : undefined;
  const data = await getConsumption(user.customerId, parsed.view, malepunkt);
  if (!data) return text("Fant ikke siden.", 404);

  const { view, point } = data;
  const name = `forbruk-${point.gsrn}-${view.key}-${view.resolution}`;
  const headers = (type: string, ext: string) => ({
    "Content-Type": type,
    "Content-Disposition": `attachment; filename="${name}.${ext}"`,
    "Cache-Control": "no-store",
  });

  if (format === "json") {
    const { cost } = data;
    const spot = spotCostTotals(data.buckets);
    const body = {
      meteringPoint: point.gsrn,
      period: {
        title: periodTitle(view),
        from: osloIsoString(osloMidnight(view.from)),
        to: osloIsoString(osloMidnight(view.to)),
      },
      resolution: view.resolution,
      units: { energy: "kWh", spotPrice: "øre/kWh excl. VAT", spotCostOre: "øre excl. VAT", money: "NOK" },
      totalKwh: data.kwh,
      spotCost: {
        total: kronerDecimal(spot.spotCostOre),
        weightedSpotPriceOrePerKwh: spot.weightedSpotPriceOrePerKwh,
        rule: SPOT_COST_RULE,
      },
      intervals: exportIntervals(data.buckets, view),
      cost: {
        energy: kronerDecimal(cost.energyOre),
        markup: kronerDecimal(cost.markupOre),
        monthlyFee: kronerDecimal(cost.monthlyFeeOre),
        vat: kronerDecimal(cost.retailVatOre),
        fromKlarkraft: kronerDecimal(cost.retailTotalOre),
        stromstotteEstimate: kronerDecimal(cost.stromstotteOre),
        norgesprisEstimate: kronerDecimal(cost.norgesprisOre),
        stateSchemeVatEstimate: kronerDecimal(cost.schemeVatOre),
        stateSchemeEstimate: kronerDecimal(cost.stromstotteOre + cost.norgesprisOre + cost.schemeVatOre),
        estimatedTotal: kronerDecimal(cost.totalOre),
        vatExempt: cost.vatExempt,
        note: "energy + markup + monthlyFee + vat = fromKlarkraft; fromKlarkraft + stromstotteEstimate + norgesprisEstimate + stateSchemeVatEstimate = estimatedTotal. Strømstøtte og Norgespris gjøres opp av nettselskapet: estimat. Nettleie er ikke med.",
      },
    };
    return new Response(JSON.stringify(body, null, 2), {
      headers: headers("application/json; charset=utf-8", "json"),
    });
  }

  return new Response(consumptionCsv(data.buckets, view), {
    headers: headers("text/csv; charset=utf-8", "csv"),
  });
}
