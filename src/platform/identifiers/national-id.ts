// Norwegian fødselsnummer (national identity number): DDMMYY + 3-digit individual number + 2 control
// digits. Pure code: no I/O, no clock. See docs in DOMAIN.md and Skatteetaten's "nytt fødselsnummer
// fra 2032" for the relaxed first control digit.
import { z } from "zod";

export type NationalIdKind = "FNR" | "DNR" | "HNR";

export interface ParsedNationalId {
  kind: NationalIdKind;
  /** Skatteetaten's synthetic test numbers (month + 80): never a real person. */
  synthetic: boolean;
  /** YYYY-MM-DD, only when the century follows from the individual number. */
  birthDate?: string;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

export const NATIONAL_ID_ERROR = "Fødselsnummeret er ikke gyldig. Sjekk at du har skrevet 11 siffer riktig.";

/** People type "010190 12345"; whitespace carries no meaning, so it is dropped everywhere. */
export function normaliseNationalId(value: string): string {
  return value.replace(/\s+/g, "");
}

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  return weights.reduce((sum, weight, i) => sum + weight * (digits[i] ?? 0), 0);
}

/** The legacy rule: 11 − (sum mod 11), where 11 becomes 0 and 10 means "no valid digit". */
function mod11ControlDigit(sum: number): number | null {
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}

type Scheme = "legacy" | "2032";

/**
 * Legacy numbers satisfy (Σ w·d over the first 10 digits, weights 3 7 6 1 8 9 4 5 2 1) ≡ 0 (mod 11).
 * From 2032 any remainder 0–3 is valid for k1; k2 is computed as before, over k1 as written.
 */
function controlScheme(digits: readonly number[]): Scheme | null {
  const remainder = (weightedSum(digits, K1_WEIGHTS) + (digits[9] ?? 0)) % 11;
  if (remainder > 3) return null;
  if (mod11ControlDigit(weightedSum(digits, K2_WEIGHTS)) !== digits[10]) return null;
  return remainder === 0 ? "legacy" : "2032";
}

/** The century encoded by the legacy individual-number ranges, or null where they say nothing. */
function centuryOf(individual: number, yy: number): number | null {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (yy <= 39) return 2000;
  if (individual >= 900) return 1900;
  return null;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function parseNationalId(value: string): ParsedNationalId | null {
  const normalised = normaliseNationalId(value);
  if (!/^\d{11}$/.test(normalised)) return null;
  const digits = [...normalised].map(Number);
  const scheme = controlScheme(digits);
  if (!scheme) return null;

  let day = Number(normalised.slice(0, 2));
  let month = Number(normalised.slice(2, 4));
  const yy = Number(normalised.slice(4, 6));
  const individual = Number(normalised.slice(6, 9));

  let kind: NationalIdKind = "FNR";
  if (day > 40) {
    kind = "DNR";
    day -= 40;
  }
  const synthetic = month > 80;
  if (synthetic) month -= 80;
  if (month > 40) {
    // A D-number with an H-number month is not a scheme anyone issues.
    if (kind === "DNR") return null;
    kind = "HNR";
    month -= 40;
  }
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;

  // 2032 numbers no longer encode the century, and neither do some legacy ranges: then the date only
  // has to exist in one of the possible centuries (it matters for 29 February in a "00" year).
  const century = scheme === "legacy" ? centuryOf(individual, yy) : null;
  if (century !== null) {
    if (!isCalendarDate(century + yy, month, day)) return null;
    return { kind, synthetic, birthDate: isoDate(century + yy, month, day) };
  }
  if (![1800, 1900, 2000].some((c) => isCalendarDate(c + yy, month, day))) return null;
  return { kind, synthetic };
}

export function isValidNationalId(value: string): boolean {
  return parseNationalId(value) !== null;
}

/** `DDMMYY *****`: the date part stays readable so a person can recognise their own number. */
export function maskNationalId(value: string): string {
  const normalised = normaliseNationalId(value);
  return /^\d{11}$/.test(normalised) ? `${normalised.slice(0, 6)} *****` : "****** *****";
}

export const ZNationalId = z
  .string({ error: NATIONAL_ID_ERROR })
  // Capped before any work: an 11-digit number with generous spacing still fits.
  .max(32, NATIONAL_ID_ERROR)
  .transform(normaliseNationalId)
  .refine(isValidNationalId, NATIONAL_ID_ERROR);

/**
 * Builds a synthetic (month + 80) number for demo and test data: it can never belong to a real
 * person; `dNumber` gives the D-number form (day + 40). Throws RangeError when the date is not real, the individual number does not fit the
 * birth year's century, or the individual number gives no valid control digit (pick another).
 */
export function syntheticNationalId(
  birthDate: { y: number; m: number; d: number },
  individual: number,
  options: { dNumber?: boolean } = {},
): string {
  const { y, m, d } = birthDate;
  if (!Number.isInteger(y) || !isCalendarDate(y, m, d)) throw new RangeError("Not a calendar date");
  if (!Number.isInteger(individual) || individual < 0 || individual > 999) {
    throw new RangeError("The individual number must be an integer 0–999");
  }
  const yy = y % 100;
  if (centuryOf(individual, yy) !== y - yy) {
    throw new RangeError(`Individual number ${individual} does not encode the birth year ${y}`);
  }
  const first9 = [
    String(options.dNumber ? d + 40 : d).padStart(2, "0"),
    String(m + 80),
    String(yy).padStart(2, "0"),
    String(individual).padStart(3, "0"),
  ].join("");
  const digits = [...first9].map(Number);
  const k1 = mod11ControlDigit(weightedSum(digits, K1_WEIGHTS));
  if (k1 === null) throw new RangeError(`Individual number ${individual} gives no valid control digit`);
  const k2 = mod11ControlDigit(weightedSum([...digits, k1], K2_WEIGHTS));
  if (k2 === null) throw new RangeError(`Individual number ${individual} gives no valid control digit`);
  return `${first9}${k1}${k2}`;
}
