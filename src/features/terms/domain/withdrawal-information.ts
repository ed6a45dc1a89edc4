// The words a customer reads about angrerett (angrerettloven): before signing, on the terms page, in
// the contract document (PDF) and the confirmation mails. The rules (the deadline) live with the
// withdrawal feature; this file only words them. The form follows the standard withdrawal form in the
// regulation to angrerettloven (forskrift om opplysningsplikt og angrerett, vedlegg), worded for
// electricity supply.
import { SELLER, SELLER_ADDRESS } from "./seller";

export const WITHDRAWAL_HEADING = "Angrerett";

/** The withdrawal information, one paragraph a string. */
export const WITHDRAWAL_INFORMATION: readonly string[] = [
  "Du har rett til å gå fra avtalen (angrerett) innen 14 dager uten å oppgi noen grunn. Angrefristen er 14 dager fra den dagen avtalen ble inngått. Inngår du avtalen 1. mars, er siste dag for å angre 15. mars.",
  `Du bruker angreretten enklest med knappen «Angre avtalen» på Min side › Avtale. Du kan også sende oss angreskjemaet nedenfor eller en annen tydelig melding om at du vil gå fra avtalen, i brev til ${SELLER_ADDRESS}, eller på e-post til ${SELLER.email}. Bruker du skjemaet, er det nok at du sender det før angrefristen går ut.`,
  "Går du fra avtalen, avslutter vi den uten kostnad for deg, og vi betaler tilbake det du har betalt oss, senest 14 dager etter at vi fikk beskjed. Vi melder fra til Elhub, og strømmen leveres da av den leverandøren du hadde før, eller av nettselskapet etter reglene for leveringsplikt.",
  "Ba du om at leveringen skulle starte før angrefristen var ute, betaler du for strømmen vi har levert fram til vi fikk beskjed om at du angrer: forbruket ditt i de dagene til prisen i avtalen, og månedsbeløpet for de samme dagene. Vi viser beløpet når du angrer.",
];

export interface WithdrawalForm {
  heading: string;
  instruction: string;
  /** The form's lines; a line ending in ":" is followed by room to write. */
  lines: readonly string[];
  footnote: string;
}

/** The standard withdrawal form (angreskjema), filled in with the seller and what is known of the contract. */
export function withdrawalForm(
  contract: { concludedOn?: string; startOn?: string; meteringPoint?: string } = {},
): WithdrawalForm {
  return {
    heading: "Angreskjema",
    instruction: "Fyll ut og send dette skjemaet bare dersom du ønsker å gå fra avtalen.",
    lines: [
      `Til: ${SELLER_ADDRESS}, e-post ${SELLER.email}`,
      "Jeg/vi (*) underretter herved om at jeg/vi (*) ønsker å gå fra min/vår (*) avtale om levering av følgende tjeneste: strømlevering (kraftleveringsavtale) fra Klarkraft",
      `Avtalen ble inngått den (dato): ${contract.concludedOn ?? ""}`,
      `Leveringen startet / skal starte den (dato): ${contract.startOn ?? ""}`,
      "Forbrukerens/forbrukernes navn:",
      "Forbrukerens/forbrukernes adresse:",
      contract.meteringPoint
        ? `Målepunkt-ID: ${contract.meteringPoint}`
        : "Målepunkt-ID (står på avtalen og fakturaen):",
      "Forbrukerens/forbrukernes underskrift (bare dersom skjemaet sendes på papir):",
      "Dato:",
    ],
    footnote: "(*) Stryk det som ikke gjelder.",
  };
}
