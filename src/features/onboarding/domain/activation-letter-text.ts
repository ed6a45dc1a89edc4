// The words of the activation letter (bokmål). The print service puts the name and address
// Folkeregisteret gave above them; the letter itself names nothing more about the person.
import { osloDateLong } from "@/platform/time/oslo-time";
import { formatActivationCode, LETTER_CODE_MAX_ATTEMPTS } from "./activation-letter";

export interface LetterText {
  subject: string;
  paragraphs: string[];
}

export function activationLetterText(input: { code: string; link: string; validUntil: Date }): LetterText {
  return {
    subject: "Aktiveringskode for å bli kunde hos Klarkraft",
    paragraphs: [
      "Hei!",
      "Noen har bedt om å bli kunde hos Klarkraft med fødselsnummeret ditt, uten BankID. Var det deg, er dette aktiveringskoden din:",
      formatActivationCode(input.code),
      `Gå til ${input.link} og skriv inn fødselsnummeret ditt og koden. Koden virker til ${osloDateLong(input.validUntil)} og kan brukes én gang.`,
      `Var det ikke deg, kan du se bort fra brevet: uten koden blir ingen kunde i ditt navn. Etter ${LETTER_CODE_MAX_ATTEMPTS} feil forsøk slutter koden å virke.`,
      "Vennlig hilsen\nKlarkraft kundeservice",
    ],
  };
}
