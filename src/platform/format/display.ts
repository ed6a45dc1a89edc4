// Norwegian number formats for money and energy. Intl formats decimal strings exactly, so no float
// ever touches an amount; integer øre become kroner by integer arithmetic.

const formats = new Map<number, Intl.NumberFormat>();
function decimals(digits: number): Intl.NumberFormat {
  let format = formats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat("nb-NO", { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(digits, format);
  }
  return format;
}

/** A decimal string in Norwegian: "1234.5" → "1 234,50" (two decimals unless told). */
export function decimalText(value: string | { toFixed(digits: number): string }, digits = 2): string {
  const text = typeof value === "string" ? value : value.toFixed(4);
  return decimals(digits).format(text as `${number}`);
}

/** Whole øre as kroner: 4900 → "49,00 kr". */
export function kronerText(ore: number): string {
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${decimals(2).format(`${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}` as `${number}`)} kr`;
}

/** "12,35 kWh" */
export function kwhText(value: string, digits = 2): string {
  return `${decimalText(value, digits)} kWh`;
}

/** Øre as a decimal string for CSV/JSON: 12345 → "123.45" (kroner). */
export function kronerDecimal(ore: number): string {
  const sign = ore < 0 ? "-" : "";
  const abs = Math.abs(ore);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}

/** A change as a signed whole percentage, or null when there is nothing to compare with. */
export function changePercent(now: number, before: number): number | null {
  if (before === 0) return null;
  return Math.round(((now - before) * 100) / Math.abs(before));
}
