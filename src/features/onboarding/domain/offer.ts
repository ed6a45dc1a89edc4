// What "Bli kunde" says about the offer beyond the price list: the products' descriptions and the start
// dates it allows. Prices come from PRODUCT_OFFERS (domain/contract.ts) and VAT from pricing/vat.ts,
// as on Avtale and Forbruk, so a new customer is shown what they will be billed.
import { firstStartAfterWithdrawal, type OfferedProduct, withdrawalPeriodFrom } from "@/features/contracts";
import { DAY_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";

export const PRODUCT_DESCRIPTIONS: Record<OfferedProduct, string> = {
  SPOT: "Du betaler spotprisen på strømbørsen for ditt prisområde, som skifter hvert kvarter, pluss et fast påslag og et månedsbeløp.",
  FIXED: "Samme energipris hele døgnet i 12 måneder fra startdatoen, uansett hva strømbørsen gjør.",
};

export const NORGESPRIS_TEXT =
  "Norgespris er statens fastprisordning: 40 øre/kWh uten mva. (50 øre med mva.) gjennom 2026, med ett års binding. Du velger den for målepunktet hos nettselskapet ditt, og den gjelder i stedet for strømstøtte. Den kommer i tillegg til strømavtalen hos oss, som fortsatt gjelder for forbruk over taket.";

/** The earliest and latest start date offered, in days from today (a supplier switch takes a few days). */
export const START_DATE_MIN_DAYS = 3;
export const START_DATE_MAX_DAYS = 90;

/**
 * The start dates offered at an instant, as Oslo calendar dates "YYYY-MM-DD": from `earliest` for a
 * customer who asks for supply within the withdrawal period, from `afterWithdrawal` for one who does not
 * (the day after the period's last day, `lastWithdrawalDay`, for a contract concluded now).
 */
export function startDateRange(now: Date): {
  earliest: string;
  latest: string;
  afterWithdrawal: string;
  lastWithdrawalDay: string;
} {
  const earliest = osloDate(new Date(now.getTime() + START_DATE_MIN_DAYS * DAY_MS));
  const afterWithdrawal = firstStartAfterWithdrawal(osloDate(now));
  return {
    earliest,
    latest: osloDate(new Date(now.getTime() + START_DATE_MAX_DAYS * DAY_MS)),
    afterWithdrawal: [earliest, afterWithdrawal].sort()[1] ?? afterWithdrawal,
    lastWithdrawalDay: withdrawalPeriodFrom(osloDate(now)).lastDay,
  };
}
