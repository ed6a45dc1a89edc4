// VAT on electricity is decided by where the metering point is, never by its price area: households in
// Nordland, Troms and Finnmark pay none (merverdiavgiftsloven § 6-6), and NO4 does not match those
// counties. The first two digits of a kommunenummer are the county's number.

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
