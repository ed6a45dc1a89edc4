// The words and numbers an invoice is shown with, the same on the page and in the PDF: the seller's
// bookkeeping details, the account to pay to, quantities and unit prices, the period and VAT rate, and
// the link to the month in Forbruk.
import { monthName } from "@/features/consumption";
import { SELLER } from "@/features/terms";
import { decimalText } from "@/platform/format/display";

/**
 * The organisation number an invoice must carry (bokføringsforskriften § 5-1-1). Klarkraft is a synthetic
 * company with deliberately no real number (see CONTROLLER), so this is a PLACEHOLDER of zeros that no
 * company in Enhetsregisteret can have; replace it with the real number before any real invoice.
 */
export const SELLER_ORGANISATION_NUMBER = SELLER.organisationNumber ?? "000000000";

/**
 * The account invoices are paid to. Synthetic (a made-up bank and account with a valid MOD11 check digit),
 * like the company.
 */
export const PAYMENT_ACCOUNT = "12345678903";

/** "000 000 000 MVA": the organisation number as an invoice prints it, registered for VAT. */
export function organisationNumberText(number = SELLER_ORGANISATION_NUMBER): string {
  return `${number.replace(/^(\d{3})(\d{3})(\d{3})$/, "$1 $2 $3")} MVA`;
}

/** "1234 56 78903": an account number in the groups Norwegian banks print. */
export function accountNumberText(account = PAYMENT_ACCOUNT): string {
  return account.replace(/^(\d{4})(\d{2})(\d{5})$/, "$1 $2 $3");
}

/** The amount as a bank's payment form takes it: "1234,50" (no spaces, no currency). */
export function amountToPay(ore: number): string {
  return `${Math.trunc(ore / 100)},${String(Math.abs(ore) % 100).padStart(2, "0")}`;
}

const UNIT_NAMES = new Map([
  ["kWh", "kWh"],
  ["dager", "dag"],
  ["mnd", "mnd."],
]);

/** "312,45 kWh", "30 dager": a line's quantity with its unit. */
export function quantityText(quantity: string, unit: string): string {
  const whole = /^-?\d+(\.0*)?$/.test(quantity);
  return `${decimalText(quantity, whole ? 0 : 2)} ${unit}`;
}

/**
 * A line's price per unit excl. VAT: øre per kWh as the market quotes it ("52,35 øre/kWh"), kroner for
 * anything else ("1,63 kr/dag").
 */
export function unitPriceText(unitPriceOre: string, unit: string): string {
  if (unit === "kWh") return `${decimalText(unitPriceOre, 2)} øre/kWh`;
  return `${decimalText(shiftTwoPlaces(unitPriceOre), 2)} kr/${UNIT_NAMES.get(unit) ?? unit}`;
}

/** A plain decimal string divided by 100, exactly: "4900" → "49.00", "163.33" → "1.6333". */
function shiftTwoPlaces(value: string): string {
  const negative = value.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? value.slice(1) : value).split(".");
  const padded = whole.padStart(3, "0");
  const shifted = `${padded.slice(0, -2)}.${padded.slice(-2)}${fraction}`;
  return `${negative ? "-" : ""}${shifted.replace(/^0+(?=\d)/, "")}`;
}

/** "25 %" or "0 % (fritatt)" from basis points. */
export function vatRateText(vatBasisPoints: number): string {
  if (vatBasisPoints === 0) return "0 % (fritatt)";
  return `${decimalText(String(vatBasisPoints / 100), vatBasisPoints % 100 === 0 ? 0 : 2)} %`;
}

/** The Oslo month an invoice bills ("2026-11"), from its first day. */
export function billedMonth(periodStart: Date): string {
  return periodStart.toISOString().slice(0, 7);
}

/** "november 2026" */
export function billedMonthName(periodStart: Date): string {
  return monthName(billedMonth(periodStart));
}

/** The same month on the Forbruk page, whose "Fra Klarkraft" is the invoice's amount. */
export function forbrukMonthHref(periodStart: Date): string {
  return `/min-side/forbruk?periode=maned&dato=${billedMonth(periodStart)}`;
}

/** The document's name: a credit note names the invoice it credits. */
export function documentTitle(invoice: {
  kind: "INVOICE" | "CREDIT_NOTE";
  invoiceNumber: number;
  credits?: { invoiceNumber: number } | null;
}): string {
  if (invoice.kind === "CREDIT_NOTE") {
    const of = invoice.credits ? ` for faktura ${invoice.credits.invoiceNumber}` : "";
    return `Kreditnota ${invoice.invoiceNumber}${of}`;
  }
  return `Faktura ${invoice.invoiceNumber}`;
}
