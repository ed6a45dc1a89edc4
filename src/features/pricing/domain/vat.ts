// VAT on electricity is decided by where the metering point is, never by its price area: households in
// Nordland, Troms and Finnmark pay none (merverdiavgiftsloven § 6-6), and NO4 does not match those
// counties. The first two digits of a kommunenummer are the county's number. VAT itself is computed here
// and nowhere else.
import { formatScaled, ONE, parseScaled, ratio, roundToWhole } from "./decimal";
import { RATES, type RateTables, rateOn } from "./rates";

/**
 * County numbers whose municipalities are exempt: Nordland 18, Troms 55, Finnmark 56 (since 2024), and
 * Troms og Finnmark 54 (2020–2023), for municipality numbers not yet renumbered in a source.
 */
export const VAT_EXEMPT_COUNTIES = ["18", "54", "55", "56"] as const;

/** Whether electricity on a metering point in this municipality is VAT-exempt. Unknown pays VAT. */
export function isVatExempt(municipalityNumber: string | null | undefined): boolean {
  if (!municipalityNumber || !/^\d{4}$/.test(municipalityNumber)) return false;
  return (VAT_EXEMPT_COUNTIES as readonly string[]).includes(municipalityNumber.slice(0, 2));
}

/** The VAT rate on a date (basis points, 2500 = 25 %) for a metering point that pays VAT. */
export function vatBasisPointsOn(date: string, rates: RateTables = RATES): number {
  return rateOn(rates.vatBasisPoints, date)?.value ?? 0;
}

/**
 * THE VAT computation: the rate × an exact net amount (10⁻¹⁰ units), truncated at 10⁻¹⁰. Callers round
 * once (roundToWhole) where the amount becomes whole øre: the cost function's VAT lines and the contract
 * page's prices with VAT alike.
 */
export function vatOn(net: bigint, vatBasisPoints: number): bigint {
  return ratio(net, BigInt(vatBasisPoints), 10_000n);
}

/** A price excl. VAT with the VAT rate (basis points) added: exact, as a decimal string. */
export function withVat(orePerKwh: string, vatBasisPoints: number): string {
  const net = parseScaled(orePerKwh);
  return formatScaled(net + vatOn(net, vatBasisPoints), 4);
}

/** Whole øre with VAT added, rounded once (halves away from zero). */
export function oreWithVat(ore: number, vatBasisPoints: number): number {
  const net = BigInt(ore) * ONE;
  return roundToWhole(net + vatOn(net, vatBasisPoints));
}
