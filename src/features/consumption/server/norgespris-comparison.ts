import "server-only";
import { costByMonth, inDatePeriod, isVatExempt, NORGESPRIS_FIRST_DAY } from "@/features/pricing";
import { db } from "@/platform/db";
import { addMonths, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { hourlyUsage } from "./hourly-usage";
import { ownPointsNewestFirst } from "./own-points";
import { type PricingInputs, supplyContracts } from "./pricing-inputs";

export interface SchemeComparisonMonth {
  month: string;
  kwh: string;
  /** Estimated total with the spot contract and strømstøtte (what applies without Norgespris). */
  withoutNorgesprisOre: number;
  /** Estimated total had Norgespris applied; null for months before 2025-10-01, when it did not exist. */
  withNorgesprisOre: number | null;
}

export interface SchemeComparison {
  gsrn: string;
  usageType: PricingInputs["meteringPoint"]["usageType"];
  vatExempt: boolean;
  hasNorgespris: boolean;
  months: SchemeComparisonMonth[];
}

/**
 * "Norgespris eller spotpris?": the customer's own last 12 full months priced twice by the one cost
 * function, with and without Norgespris, everything else (consumption, contract, VAT) unchanged.
 */
export async function compareNorgespris(
  customerId: string,
  now = new Date(),
): Promise<SchemeComparison | null> {
  const [newest] = await ownPointsNewestFirst(customerId, now);
  if (!newest) return null;
  const { point, inputs } = newest;
  const to = monthStart(osloDate(now));
  const from = addMonths(to, -12);
  const hours = await hourlyUsage(db, {
    customerId,
    meteringPointId: point.id,
    from: osloMidnight(from),
    to: osloMidnight(to),
  });
  const contracts = supplyContracts(inputs);
  const base = {
    contracts,
    usageType: inputs.meteringPoint.usageType,
    municipalityNumber: inputs.meteringPoint.municipalityNumber,
    from,
    to,
  };
  const without = costByMonth(hours, { ...base, norgespris: [] });
  const withScheme = costByMonth(hours, { ...base, norgespris: [{ from: NORGESPRIS_FIRST_DAY, to: null }] });
  return {
    gsrn: point.gsrn,
    usageType: inputs.meteringPoint.usageType,
    vatExempt: isVatExempt(inputs.meteringPoint.municipalityNumber),
    hasNorgespris: inputs.norgespris.some((p) => inDatePeriod(p, osloDate(now))),
    months: without.months.map((m) => {
      const other = withScheme.months.find((n) => n.month === m.month);
      return {
        month: m.month,
        kwh: m.kwh,
        withoutNorgesprisOre: m.totalOre,
        withNorgesprisOre: `${m.month}-01` >= NORGESPRIS_FIRST_DAY && other ? other.totalOre : null,
      };
    }),
  };
}
