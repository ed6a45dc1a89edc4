import "server-only";
// The payment reminder's words. Inkassoforskriften § 1-2 lets a reminder charge its fee only when it
// states the claim's size and what it is for, so unlike the issue mail this one names the invoice, the
// amounts and the new deadline; it goes to the customer's own address (or as a letter to the buyer's).
import { env } from "@/platform/env";
import { kronerText } from "@/platform/format/display";
import type { Letter } from "@/platform/mail/letters";
import type { MailMessage } from "@/platform/mail/mailer";
import { type MailSection, sectionedMail } from "@/platform/mail/sectioned-mail";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";

export interface ReminderContent {
  invoiceId: string;
  invoiceNumber: number;
  sequence: number;
  periodStart: string;
  periodEnd: string;
  /** The invoice's own due date. */
  invoiceDueDate: string;
  /** What is left of the invoice's amount. */
  outstandingOre: number;
  /** This reminder's fee. */
  feeOre: number;
  /** Fees of earlier reminders. */
  earlierFeesOre: number;
  dueDate: string;
  kid: string | null;
}

const dateText = (date: string) => osloDateLong(osloMidnight(date));

function reminderRows(content: ReminderContent): { label: string; value: string }[] {
  const toPay = content.outstandingOre + content.feeOre + content.earlierFeesOre;
  return [
    { label: "Faktura", value: `nr. ${content.invoiceNumber}` },
    { label: "Gjelder", value: `Strøm ${dateText(content.periodStart)}–${dateText(content.periodEnd)}` },
    { label: "Forfalt", value: dateText(content.invoiceDueDate) },
    { label: "Ubetalt av fakturaen", value: kronerText(content.outstandingOre) },
    ...(content.earlierFeesOre > 0
      ? [{ label: "Tidligere purregebyr", value: kronerText(content.earlierFeesOre) }]
      : []),
    ...(content.feeOre > 0 ? [{ label: "Purregebyr", value: kronerText(content.feeOre) }] : []),
    { label: "Å betale", value: kronerText(toPay) },
    { label: "Ny betalingsfrist", value: dateText(content.dueDate) },
    ...(content.kid ? [{ label: "KID", value: content.kid }] : []),
  ];
}

function paragraphs(content: ReminderContent): string[] {
  return [
    "Vi har ikke registrert betaling av fakturaen under. Har du betalt de siste dagene, kan du se bort fra denne påminnelsen.",
    "Betal med KID til kontonummeret på fakturaen. Forsinkelsesrente etter forsinkelsesrenteloven påløper fra forfall til beløpet er betalt; du ser hvor mye på fakturaen på Min side.",
    `Se fakturaen på Min side: ${env().APP_URL}/min-side/faktura/${content.invoiceId}`,
    "Har du spørsmål om fakturaen, eller trenger du en betalingsavtale? Kontakt kundeservice fra Min side.",
  ];
}

function subject(content: ReminderContent): string {
  return `${content.sequence === 1 ? "Påminnelse" : `${content.sequence}. påminnelse`}: faktura ${content.invoiceNumber} er ikke betalt`;
}

/** The reminder as a mail to the customer. */
export function reminderMail(content: ReminderContent): Omit<MailMessage, "to"> {
  const sections: MailSection[] = [
    { heading: subject(content), rows: reminderRows(content), paragraphs: paragraphs(content) },
  ];
  return sectionedMail(subject(content), sections);
}

/** The reminder as a letter, for a customer we have no email address for. */
export function reminderLetter(content: ReminderContent, to: Letter["to"]): Letter {
  return {
    to,
    subject: subject(content),
    paragraphs: [...reminderRows(content).map((row) => `${row.label}: ${row.value}`), ...paragraphs(content)],
  };
}
