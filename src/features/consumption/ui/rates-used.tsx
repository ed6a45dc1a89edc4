// The state's rates used for a period (strømstøtte, Norgespris), each with the date it applies from and
// its source; a rate we could not find a primary source for says "antatt" (see pricing/domain/rates.ts).
import { type DatedRate, NORGESPRIS_FIRST_DAY, RATES, ratesInForce } from "@/features/pricing";
import { decimalText } from "@/platform/format/display";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";

type UsageType = "HOME" | "HOLIDAY_HOME" | "BUSINESS";

interface RateLine {
  key: string;
  text: string;
  rate: DatedRate<unknown>;
}

/** The lines for [from, to): strømstøtte for a home, Norgespris for a home or holiday home from its first day. */
function rateLines(from: string, to: string, usageType: UsageType): RateLine[] {
  const lines: RateLine[] = [];
  if (usageType === "HOME") {
    for (const rate of ratesInForce(RATES.stromstotte, from, to)) {
      const v = rate.value;
      lines.push({
        key: `stotte-${rate.from}`,
        rate,
        text: `Strømstøtte: ${v.shareBasisPoints / 100} % av spotprisen over ${decimalText(v.thresholdOrePerKwh)} øre/kWh uten mva, for de første ${decimalText(String(v.monthlyCapKwh), 0)} kWh i måneden`,
      });
    }
  }
  if (usageType !== "BUSINESS" && to > NORGESPRIS_FIRST_DAY) {
    for (const rate of ratesInForce(RATES.norgespris, from, to)) {
      const v = rate.value;
      lines.push({
        key: `norgespris-${rate.from}`,
        rate,
        text: `Norgespris: ${decimalText(v.priceOrePerKwh)} øre/kWh uten mva for de første ${decimalText(String(v.monthlyCapKwh[usageType]), 0)} kWh i måneden`,
      });
    }
  }
  return lines;
}

export function RatesUsed({ from, to, usageType }: { from: string; to: string; usageType: UsageType }) {
  const lines = rateLines(from, to, usageType);
  if (lines.length === 0) return null;
  return (
    <Card aria-labelledby="satser-tittel" className="text-sm text-slate-700">
      <h2 id="satser-tittel" className="text-base font-semibold text-slate-900">
        Statens satser vi har regnet med
      </h2>
      <ul className="mt-2 space-y-2" data-testid="satser">
        {lines.map((line) => (
          <li key={line.key}>
            <span className="text-slate-900">
              Fra {osloDateLong(osloMidnight(line.rate.from))}: {line.text}.
            </span>{" "}
            {line.rate.assumed && (
              <strong className="rounded bg-amber-100 px-1 font-semibold text-amber-900">antatt</strong>
            )}
            <span className="block">
              {line.rate.assumed ? "Antatt, ikke bekreftet av en primærkilde. " : ""}Kilde: {line.rate.source}
              .
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
