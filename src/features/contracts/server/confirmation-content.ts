import "server-only";
// The words of each contract confirmation mail: what happened, the price terms, the start or end date,
// and the withdrawal information with its form. The contract itself goes with it as a PDF.
import type { CostSummary } from "@/features/pricing";
import { WITHDRAWAL_HEADING, WITHDRAWAL_INFORMATION, withdrawalForm } from "@/features/terms";
import { CONTRACT_PRODUCT_LABELS } from "@/platform/format/labels";
import type { MailSection } from "@/platform/mail/sectioned-mail";
import { addDays, osloDate } from "@/platform/time/oslo-calendar";
import type { ConfirmationEvent } from "../domain/confirmation";
import { norwegianDate, type PriceTermLine } from "../domain/price-terms";
import { withdrawalPeriod } from "../domain/withdrawal";
import { daysText, withdrawalCostExplanation, withdrawalCostLines } from "../domain/withdrawal-cost";

export interface ConfirmedContract {
  product: "SPOT" | "FIXED";
  address: string;
  priceLines: readonly PriceTermLine[];
  startDate: string;
  endDate: string | null;
  concludedAt: Date;
  withdrawnAt: Date | null;
  startDuringWithdrawalPeriod: boolean;
  /** The days supplied before a withdrawal and their cost, when the customer pays for them. */
  paid: { days: number; cost: CostSummary } | null;
}

const SUBJECTS: Record<ConfirmationEvent, string> = {
  signed: "Bekreftelse på strømavtalen din",
  "product-change": "Bekreftelse på produktbyttet ditt",
  termination: "Bekreftelse på oppsigelsen din",
  withdrawal: "Bekreftelse: du har angret strømavtalen",
};

export function confirmationSubject(event: ConfirmationEvent): string {
  return SUBJECTS[event];
}

/** What happened, in the mail's first section. */
function eventSection(event: ConfirmationEvent, c: ConfirmedContract): MailSection {
  const product = CONTRACT_PRODUCT_LABELS[c.product];
  const lastDay = c.endDate ? norwegianDate(addDays(c.endDate, -1)) : "";
  switch (event) {
    case "signed":
      return {
        paragraphs: [
          "Hei!",
          `Takk for at du valgte Klarkraft. Du har inngått en avtale om ${product} for ${c.address}. Vi begynner å levere strøm ${norwegianDate(c.startDate)}.`,
          "Avtalen med avtalevilkårene ligger ved som PDF. Ta vare på den.",
        ],
      };
    case "product-change":
      return {
        paragraphs: [
          "Hei!",
          `Du har byttet til ${product} for ${c.address}. Det nye produktet gjelder fra ${norwegianDate(c.startDate)}.`,
          "Den nye avtalen med avtalevilkårene ligger ved som PDF.",
        ],
      };
    case "termination":
      return {
        paragraphs: [
          "Hei!",
          `Vi har registrert oppsigelsen av avtalen om ${product} for ${c.address}. Siste dag vi leverer strøm, er ${lastDay}.`,
          "Avtalen du sa opp, ligger ved som PDF.",
        ],
      };
    case "withdrawal":
      return { paragraphs: ["Hei!", ...withdrawalParagraphs(c)] };
  }
}

function withdrawalParagraphs(c: ConfirmedContract): string[] {
  const product = CONTRACT_PRODUCT_LABELS[c.product];
  const intro = `Du har angret avtalen om ${product} for ${c.address}.`;
  if (!c.endDate || c.endDate <= c.startDate) {
    return [
      intro,
      "Leveringen starter ikke, og du betaler ingenting.",
      "Avtalen du angret, ligger ved som PDF.",
    ];
  }
  const period = `fra ${norwegianDate(c.startDate)} til og med ${norwegianDate(addDays(c.endDate, -1))}`;
  return [
    intro,
    c.paid
      ? `Du ba om at leveringen skulle starte før angrefristen var ute, så du betaler for strømmen vi leverte ${period} (${daysText(c.paid.days)}). Beløpet står under.`
      : `Du betaler ingenting for strømmen vi leverte ${period}.`,
    "Velg en ny strømleverandør. Til du har gjort det, leverer nettselskapet strøm til deg.",
    "Avtalen du angret, ligger ved som PDF.",
  ];
}

/** The withdrawal period of this contract, the information, and the form. */
function withdrawalSections(event: ConfirmationEvent, c: ConfirmedContract): MailSection[] {
  if (event === "withdrawal") return [];
  const { lastDay } = withdrawalPeriod(c.concludedAt);
  const deadline =
    event === "product-change"
      ? `Du kan angre produktbyttet til og med ${norwegianDate(lastDay)}: gi oss beskjed på e-post eller med skjemaet under.`
      : `Du kan angre avtalen til og med ${norwegianDate(lastDay)}.`;
  const form = withdrawalForm({
    concludedOn: norwegianDate(osloDate(c.concludedAt)),
    startOn: norwegianDate(c.startDate),
  });
  return [
    {
      heading: WITHDRAWAL_HEADING,
      paragraphs: [
        deadline,
        ...(c.startDuringWithdrawalPeriod
          ? ["Du ba om at leveringen skulle starte før angrefristen var ute."]
          : []),
        ...WITHDRAWAL_INFORMATION,
      ],
    },
    { heading: form.heading, paragraphs: [form.instruction, ...form.lines, form.footnote] },
  ];
}

/** The sections of the confirmation mail. */
export function confirmationSections(event: ConfirmationEvent, c: ConfirmedContract): MailSection[] {
  const dates =
    event === "termination" || event === "withdrawal"
      ? [
          { label: "Startdato", value: norwegianDate(c.startDate) },
          ...(c.endDate && c.endDate > c.startDate
            ? [{ label: "Siste dag med strøm", value: norwegianDate(addDays(c.endDate, -1)) }]
            : []),
        ]
      : [{ label: "Startdato", value: norwegianDate(c.startDate) }];
  return [
    eventSection(event, c),
    ...(c.paid
      ? [
          {
            heading: "Dette betaler du",
            rows: withdrawalCostLines(c.paid.cost, c.paid.days),
            paragraphs: [withdrawalCostExplanation(c.paid.cost, c.paid.days)],
          },
        ]
      : []),
    {
      heading: "Avtalen",
      rows: [{ label: "Produkt", value: CONTRACT_PRODUCT_LABELS[c.product] }, ...dates, ...c.priceLines],
      paragraphs: ["Nettleie, elavgift og strømstøtte eller Norgespris gjøres opp av nettselskapet."],
    },
    ...withdrawalSections(event, c),
  ];
}
