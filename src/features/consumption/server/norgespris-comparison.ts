import "server-only";
import {
  type ContractTerms,
  costByMonth,
  inDatePeriod,
  isVatExempt,
  NORGESPRIS_FIRST_DAY,
} from "@/features/pricing";
import { db } from "@/platform/db";
import { addMonths, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { currentTerms, firstSupplyDay, historyContracts } from "./history-cost";
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
  /** Days of the month were before the customer joined: priced with their current contract (`terms`). */
  beforeSupply: boolean;
}

export interface SchemeComparison {
  gsrn: string;
  usageType: PricingInputs["meteringPoint"]["usageType"];
  vatExempt: boolean;
  hasNorgespris: boolean;
  /** The first day of supply, when it falls after the compared months began. */
  suppliedFrom: string | null;
  /** The contract the customer has with us now, which prices the days before they joined. */
  terms: ContractTerms | null;
  months: SchemeComparisonMonth[];
}

/**
 * "Norgespris eller spotpris?": the customer's own last 12 full months priced twice by the one cost
 * function, with and without Norgespris, everything else (consumption, contract, VAT) unchanged. Days
 * before the customer joined (their history) are priced with the contract they have with us now.
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
  const contracts = [...historyContracts(inputs), ...supplyContracts(inputs)];
  const first = firstSupplyDay(inputs);
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
    suppliedFrom: first !== null && first > from ? first : null,
    terms: currentTerms(inputs),
    months: without.months.map((m) => {
      const other = withScheme.months.find((n) => n.month === m.month);
      return {
        month: m.month,
        kwh: m.kwh,
        withoutNorgesprisOre: m.totalOre,
        withNorgesprisOre: `${m.month}-01` >= NORGESPRIS_FIRST_DAY && other ? other.totalOre : null,
        beforeSupply: inputs.history.some(
          (h) => h.from < addMonths(`${m.month}-01`, 1) && `${m.month}-01` < (h.to ?? "9999"),
        ),
      };
    }),
  };
}
