// How to use the right of withdrawal, and the standard withdrawal form (angreskjema, the model form of
// angrerettloven's forskrift), as Bli kunde, /angreskjema, Avtale and the confirmation mails word them.
import { WITHDRAWAL_DAYS } from "./withdrawal";

/** Who a withdrawal goes to (synthetic company, as in the privacy statement). */
export const WITHDRAWAL_RECIPIENT = {
  name: "Klarkraft AS",
  address: "Kraftgata 1, 0150 Oslo",
  email: "kundeservice@klarkraft.no",
} as const;

/** The angrerett in short: what, how long, how, and what early supply costs. */
export const WITHDRAWAL_SUMMARY: readonly string[] = [
  `Du har ${WITHDRAWAL_DAYS} dagers angrerett. Fristen regnes fra dagen etter at du inngikk avtalen, og ender den på en lørdag, søndag eller helligdag, får du til og med neste virkedag.`,
  `Du angrer med knappen «Angre avtalen» på Min side under Avtale, eller ved å gi oss beskjed på en annen tydelig måte, for eksempel med angreskjemaet på e-post til ${WITHDRAWAL_RECIPIENT.email} eller i brev til ${WITHDRAWAL_RECIPIENT.name}, ${WITHDRAWAL_RECIPIENT.address}. Det holder at du sender beskjeden før fristen går ut.`,
  "Har leveringen ikke startet, starter den aldri, og du betaler ingenting.",
  "Har du bedt oss starte leveringen før angrefristen er ute, betaler du for strømmen vi har levert fram til du angret: forbruket ditt til avtalens pris, påslaget og månedsbeløpet for de dagene. Ellers betaler du ingenting.",
];

/** The standard withdrawal form: each line with a blank to fill in where it has one. */
export const WITHDRAWAL_FORM = {
  title: "Angreskjema",
  intro: "Fyll ut og returner dette skjemaet bare dersom du ønsker å gå fra avtalen.",
  to: `Til: ${WITHDRAWAL_RECIPIENT.name}, ${WITHDRAWAL_RECIPIENT.address}, ${WITHDRAWAL_RECIPIENT.email}`,
  statement:
    "Jeg/vi underretter herved om at jeg/vi ønsker å gå fra min/vår avtale om kjøp av følgende tjenester: strømlevering fra Klarkraft",
  fields: [
    "Bestilt den (*) / mottatt den (*)",
    "Forbrukerens/forbrukernes navn",
    "Forbrukerens/forbrukernes adresse",
    "Forbrukerens/forbrukernes underskrift (bare dersom skjemaet sendes på papir)",
    "Dato",
  ],
  footnote: "(*) Stryk det som ikke passer.",
} as const;

/** The form as plain text, for a mail. */
export function withdrawalFormText(): string {
  const f = WITHDRAWAL_FORM;
  return [
    f.title,
    f.intro,
    f.to,
    f.statement,
    ...f.fields.map((line) => `${line}: ____________`),
    f.footnote,
  ].join("\n");
}
