// Exact decimal arithmetic for money and energy: values travel as decimal strings (PostgreSQL numeric,
// Prisma Decimal) and are computed as BigInt in fixed units, so no float ever touches a price.

/** Every amount inside the cost function is an integer count of 10⁻¹⁰ of its unit. */
export const SCALE_DIGITS = 10;
export const ONE = 10n ** BigInt(SCALE_DIGITS);

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** "12.3456" → 123456000000n (in 10⁻¹⁰). Throws on anything that is not a plain decimal, or on lost digits. */
export function parseScaled(value: string | number | { toString(): string }): bigint {
  const text = typeof value === "string" ? value.trim() : String(value);
  const match = DECIMAL.exec(text);
  if (!match) throw new RangeError(`Not a decimal: ${text}`);
  const [, sign, whole = "0", fraction = ""] = match;
  // One BigInt of all the digits: the cost function parses three of these per hour of a year.
  const kept = fraction.length > SCALE_DIGITS ? fraction.replace(/0+$/, "") : fraction;
  if (kept.length > SCALE_DIGITS) throw new RangeError(`More than ${SCALE_DIGITS} decimals: ${text}`);
  const scaled = BigInt(whole + kept.padEnd(SCALE_DIGITS, "0"));
  return sign === "-" ? -scaled : scaled;
}

/** a × b for two scaled values, exact as long as the product has at most SCALE_DIGITS decimals. */
export function mul(a: bigint, b: bigint): bigint {
  const product = a * b;
  if (product % ONE !== 0n) throw new RangeError("Product has more decimals than the scale keeps");
  return product / ONE;
}

/**
 * THE rounding rule, stated once: an amount is summed exactly and rounded once to a whole unit,
 * halves away from zero. Returns a plain integer (øre).
 */
export function roundToWhole(scaled: bigint): number {
  const half = ONE / 2n;
  const rounded = scaled >= 0n ? (scaled + half) / ONE : -((-scaled + half) / ONE);
  return Number(rounded);
}

/** A scaled value as a decimal string with the given number of decimals (rounded as above). */
export function formatScaled(scaled: bigint, decimals: number): string {
  const unit = 10n ** BigInt(SCALE_DIGITS - decimals);
  const half = unit / 2n;
  const rounded = scaled >= 0n ? (scaled + half) / unit : -((-scaled + half) / unit);
  const negative = rounded < 0n;
  const digits = (negative ? -rounded : rounded).toString().padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  return `${negative ? "-" : ""}${whole}${decimals ? `.${fraction}` : ""}`;
}

/** Scaled value × numerator / denominator, exact when it divides, else truncated toward zero (callers round the sum). */
export function ratio(scaled: bigint, numerator: bigint, denominator: bigint): bigint {
  return (scaled * numerator) / denominator;
}

/** a / b for two scaled values (b ≠ 0), truncated at 10⁻¹⁰: a price from a cost and an amount of energy. */
export function div(a: bigint, b: bigint): bigint {
  return (a * ONE) / b;
}
