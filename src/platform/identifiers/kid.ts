// KID (kundeidentifikasjon): the payment reference on a Norwegian giro, at most 25 digits, the last a
// check digit the bank verifies before it accepts the payment. Nets lets the payee choose MOD10 (Luhn)
// or MOD11 per agreement; Klarkraft issues MOD10 and reads both.
//
// Ours are 15 digits, fixed: the customer number (7 digits) and the invoice number (7 digits), then the
// MOD10 check digit. The invoice number is unique, so the KID is too; the customer number lets a person
// reading a bank statement see whose payment it was.

export const KID_LENGTH = 15;
const CUSTOMER_DIGITS = 7;
const INVOICE_DIGITS = 7;

function digitsOf(value: string): number[] {
  if (!/^\d+$/.test(value)) throw new RangeError("A KID is made of digits only");
  return [...value].map(Number);
}

/** MOD10 (Luhn): from the right, every second digit (starting with the one next to the check) doubled. */
export function mod10CheckDigit(body: string): number {
  let sum = 0;
  const digits = digitsOf(body);
  for (let i = 0; i < digits.length; i++) {
    const digit = digits[digits.length - 1 - i] ?? 0;
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * MOD11: from the right, weights 2, 3, 4, 5, 6, 7, 2, 3, …; check = 11 − sum mod 11, where 11 gives 0 and
 * 10 gives "-" (no digit: a bank writes such a KID with a dash, and we never issue one).
 */
export function mod11CheckDigit(body: string): number | "-" {
  let sum = 0;
  const digits = digitsOf(body);
  for (let i = 0; i < digits.length; i++) {
    sum += (digits[digits.length - 1 - i] ?? 0) * ((i % 6) + 2);
  }
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? "-" : check;
}

function shapeOk(kid: string): boolean {
  return /^\d{1,24}[\d-]$/.test(kid) && kid.length >= 2 && kid.length <= 25;
}

export function isValidMod10Kid(kid: string): boolean {
  if (!shapeOk(kid) || kid.endsWith("-")) return false;
  return mod10CheckDigit(kid.slice(0, -1)) === Number(kid.slice(-1));
}

export function isValidMod11Kid(kid: string): boolean {
  if (!shapeOk(kid)) return false;
  const check = mod11CheckDigit(kid.slice(0, -1));
  return String(check) === kid.slice(-1);
}

/** Whether a KID someone paid with has a valid check digit by either rule. */
export function isValidKid(kid: string): boolean {
  return isValidMod10Kid(kid) || isValidMod11Kid(kid);
}

/** The KID of an invoice: customer number and invoice number, zero-padded, and the MOD10 check digit. */
export function invoiceKid(customerNumber: number, invoiceNumber: number): string {
  const part = (value: number, width: number, what: string) => {
    if (!Number.isSafeInteger(value) || value < 1 || String(value).length > width) {
      throw new RangeError(`The ${what} does not fit a KID (1–${width} digits)`);
    }
    return String(value).padStart(width, "0");
  };
  const body =
    part(customerNumber, CUSTOMER_DIGITS, "customer number") +
    part(invoiceNumber, INVOICE_DIGITS, "invoice number");
  return `${body}${mod10CheckDigit(body)}`;
}
