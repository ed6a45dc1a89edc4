// Splitting a rounded amount into whole-øre parts that add up to it exactly: a month's rounded line among
// its days, a month's rounded spot cost among the rows of a download. Largest remainder: each part gets
// its exact share rounded down, and the øre left over go one each to the parts with the largest
// remainders (the earlier part first on a tie). When the total is the rounded sum of the shares, every
// part is its exact share rounded down or up.
import { ONE } from "./decimal";

/** Whole parts of `total` (øre) in proportion to exact shares (10⁻¹⁰ øre, any sign); they sum to `total`. */
export function allocateByLargestRemainder(total: number, shares: readonly bigint[]): number[] {
  if (!Number.isSafeInteger(total)) throw new RangeError("The total must be whole øre");
  if (shares.length === 0) {
    if (total !== 0) throw new RangeError("Nothing to allocate a non-zero total to");
    return [];
  }
  const parts = shares.map((share) => floorDiv(share, ONE));
  const remainders = shares.map((share, i) => share - (parts[i] ?? 0n) * ONE);
  let left = BigInt(total) - parts.reduce((sum, part) => sum + part, 0n);
  const n = BigInt(shares.length);
  // Only when the total is not the rounded sum of the shares: spread whole rounds first.
  const rounds = left >= 0n ? left / n : -((-left + n - 1n) / n);
  if (rounds !== 0n) {
    for (let i = 0; i < parts.length; i++) parts[i] = (parts[i] ?? 0n) + rounds;
    left -= rounds * n;
  }
  const byRemainder = shares
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a] ?? 0n;
      const rb = remainders[b] ?? 0n;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  for (const i of byRemainder) {
    if (left <= 0n) break;
    parts[i] = (parts[i] ?? 0n) + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

/** a / b rounded toward −∞ (b > 0). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}
