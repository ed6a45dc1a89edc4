// Målepunkt-ID (metering point ID): an 18-digit GS1 GSRN. Norwegian ones start with 707057500.
import { z } from "zod";

export const NORWEGIAN_GSRN_PREFIX = "707057500";

export const GSRN_ERROR = "Målepunkt-ID-en må være 18 siffer og starte med 707057500.";

export function normaliseGsrn(value: string): string {
  return value.replace(/\s+/g, "");
}

/**
 * GS1 mod-10 over the first 17 digits: weights 3,1,3,… counted from the right, so the digit next to
 * the check digit gets 3; check = (10 − sum mod 10) mod 10.
 */
export function gsrnCheckDigit(first17: string): number {
  if (!/^\d{17}$/.test(first17)) throw new RangeError("A GSRN check digit needs exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += Number(first17[16 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidGsrn(value: string): boolean {
  const gsrn = normaliseGsrn(value);
  if (!/^\d{18}$/.test(gsrn) || !gsrn.startsWith(NORWEGIAN_GSRN_PREFIX)) return false;
  return gsrnCheckDigit(gsrn.slice(0, 17)) === Number(gsrn[17]);
}

export const ZGsrn = z
  .string({ error: GSRN_ERROR })
  .max(40, GSRN_ERROR)
  .transform(normaliseGsrn)
  .refine(isValidGsrn, GSRN_ERROR);

/** A Norwegian GSRN from an 8-digit serial, for demo and test data. */
export function norwegianGsrn(serial: number): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 99_999_999) {
    throw new RangeError("The serial must be an integer 0–99999999");
  }
  const first17 = `${NORWEGIAN_GSRN_PREFIX}${String(serial).padStart(8, "0")}`;
  return `${first17}${gsrnCheckDigit(first17)}`;
}
