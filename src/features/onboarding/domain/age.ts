// Adults only: is the person behind a fødselsnummer or D-number 18 or older today?
//
// Numbers issued before 2032 encode the century in the individual number, so the birth date follows
// from the number and the age is exact. Numbers of the 2032 scheme (and a few legacy ranges) do not:
// DDMMYY could be 19YY or 20YY. We never pick one silently. Every reading of the date that is not in
// the future and not older than MAX_PLAUSIBLE_AGE is tried: when all say adult, the person is an
// adult (without a birth date); when all say minor, a minor; when they disagree, the number alone
// cannot tell, and the age is decided by the birth date Folkeregisteret registers for the person
// (`ageFromBirthDate`), which onboarding reads at the identity step before anything else depends on it.
import { parseNationalId } from "@/platform/identifiers/national-id";

export const ADULT_AGE = 18;
/** A reading of the date that makes the person older than this is not a reading. */
export const MAX_PLAUSIBLE_AGE = 125;

export type AgeCheck =
  | { kind: "adult"; birthDate: string | null }
  | { kind: "minor"; birthDate: string | null }
  | { kind: "unknown" }
  | { kind: "invalid" };

/** Whole years from `birthDate` to `today` (both YYYY-MM-DD, Oslo calendar dates). */
export function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

export function ageFromBirthDate(birthDate: string, today: string): AgeCheck {
  return ageOn(birthDate, today) >= ADULT_AGE ? { kind: "adult", birthDate } : { kind: "minor", birthDate };
}

export function ageFromNationalId(nationalId: string, today: string): AgeCheck {
  const parsed = parseNationalId(nationalId);
  if (!parsed) return { kind: "invalid" };
  if (parsed.birthDate) return ageFromBirthDate(parsed.birthDate, today);

  const digits = nationalId.replace(/\s+/g, "");
  const day = Number(digits.slice(0, 2)) % 40;
  const month = Number(digits.slice(2, 4)) % 40;
  const yy = Number(digits.slice(4, 6));
  const readings = [1800, 1900, 2000]
    .map((century) => `${century + yy}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`)
    .filter((date) => isCalendarDate(date) && date <= today && ageOn(date, today) <= MAX_PLAUSIBLE_AGE);
  if (readings.length === 0) return { kind: "invalid" };
  const adult = readings.map((date) => ageOn(date, today) >= ADULT_AGE);
  if (adult.every(Boolean))
    return { kind: "adult", birthDate: readings.length === 1 ? (readings[0] ?? null) : null };
  if (adult.every((a) => !a))
    return { kind: "minor", birthDate: readings.length === 1 ? (readings[0] ?? null) : null };
  return { kind: "unknown" };
}

function isCalendarDate(iso: string): boolean {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
