// The notifications' fixed Norwegian wording. A lock screen is read by whoever holds the phone, so a text
// names nothing personal beyond what the customer chose: the price area (where their prices come from)
// and the level they set. No amounts, names or subjects; the link leads to the page, behind the login.
import { decimalText } from "@/platform/format/display";
import { HOUR_MS } from "@/platform/time/durations";
import { osloParts } from "@/platform/time/oslo-calendar";
import type { PriceWindow } from "./cheapest-hours";
import type { PriceAlert } from "./price-alert";
import type { PushMessage } from "./push-message";

const FORBRUK_PATH = "/min-side/forbruk";

/** An Oslo wall-clock hour, "02"; the end of a day's last hour is "24", not the next day's "00". */
function hourText(instant: Date, isEnd = false): string {
  const { hour } = osloParts(instant);
  return String(isEnd && hour === 0 ? 24 : hour).padStart(2, "0");
}

/** "02–05": from the first hour's start to the last hour's end. */
export function spanText(span: { start: Date; end: Date }): string {
  return `${hourText(span.start)}–${hourText(span.end, true)}`;
}

const oreText = (ore: number, vatExempt: boolean) =>
  `${decimalText(String(ore), 0)} øre/kWh ${vatExempt ? "uten mva" : "med mva"}`;

export function tomorrowPricesMessage(area: string, window: PriceWindow, vatExempt: boolean): PushMessage {
  return {
    title: "Strømprisene for i morgen",
    body: `Strømprisene for i morgen er klare (${area}). Billigst kl. ${spanText(window)}: ${oreText(window.meanOre, vatExempt)} i snitt.`,
    url: FORBRUK_PATH,
    tag: "tomorrow-prices",
  };
}

export function priceAboveMessage(
  area: string,
  levelOre: number,
  alert: PriceAlert,
  vatExempt: boolean,
): PushMessage {
  const peakHour = { start: alert.peak.start, end: new Date(alert.peak.start.getTime() + HOUR_MS) };
  return {
    title: "Høy strømpris i morgen",
    body: `Strømprisen i morgen (${area}) går over ${decimalText(String(levelOre), 0)} øre/kWh kl. ${spanText(alert.firstAbove)}. Høyest kl. ${spanText(peakHour)}: ${oreText(alert.peak.ore, vatExempt)}.`,
    url: FORBRUK_PATH,
    tag: "price-above",
  };
}

/** An answer in the thread `inquiryId`, at its Min side page `threadPath`. */
export function inquiryAnswerMessage(inquiryId: string, threadPath: string): PushMessage {
  return {
    title: "Svar fra kundeservice",
    body: "Kundeservice har svart på henvendelsen din.",
    url: threadPath,
    tag: `inquiry-answer-${inquiryId}`,
  };
}

/** The request `requestId` completed, at its Min side page `requestPath`. */
export function privacyCompletedMessage(requestId: string, requestPath: string): PushMessage {
  return {
    title: "Personvernforespørsel",
    body: "Personvernforespørselen din er ferdigbehandlet.",
    url: requestPath,
    tag: `privacy-completed-${requestId}`,
  };
}

export function invoiceIssuedMessage(invoiceId: string, creditNote: boolean): PushMessage {
  const what = creditNote ? "kreditnota" : "faktura";
  return {
    title: `Ny ${what} fra Klarkraft`,
    body: `Du har fått en ny ${what}. Du finner den på Min side.`,
    url: `/min-side/faktura/${invoiceId}`,
    tag: `invoice-issued-${invoiceId}`,
  };
}
