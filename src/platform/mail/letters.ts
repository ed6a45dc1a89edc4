import "server-only";
// Letters on paper: a print-and-post service prints each one and posts it to the address given. We
// hand a letter over by mail to the service's mailbox (LETTER_MAILBOX) through SMTP_URL; outside
// production both are the local sink, where development, the demo and tests read the letters.
import { env } from "@/platform/env";
import { escapeHtml } from "@/platform/format/html";
import { type MailOptions, sendMail } from "./mailer";

export interface PostalAddress {
  name: string;
  street: string;
  postalCode: string;
  city: string;
}

export interface Letter {
  to: PostalAddress;
  /** The letter's heading; the handover's subject names no one. */
  subject: string;
  paragraphs: readonly string[];
}

/** Lets a test point one call at its own SMTP sink; the mailbox is always LETTER_MAILBOX. */
export type LetterOptions = MailOptions;

const INSTRUCTION = "Skrives ut og sendes som brev med A-post til mottakeren under.";

function addressLines(to: PostalAddress): string[] {
  return [to.name, to.street, `${to.postalCode} ${to.city}`];
}

/** Hands one letter to the print service. Throws when the handover fails; never logs the address. */
export async function sendLetter(letter: Letter, options: LetterOptions = {}): Promise<void> {
  const address = addressLines(letter.to);
  const text = [INSTRUCTION, `MOTTAKER\n${address.join("\n")}`, letter.subject, ...letter.paragraphs].join(
    "\n\n",
  );
  const paragraph = (value: string) => `<p>${escapeHtml(value).replaceAll("\n", "<br>")}</p>`;
  const html = `<!doctype html>
<html lang="nb">
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1e293b;">
<p><em>${escapeHtml(INSTRUCTION)}</em></p>
<address style="font-style: normal;">${address.map(escapeHtml).join("<br>")}</address>
<h1 style="font-size: 20px;">${escapeHtml(letter.subject)}</h1>
${letter.paragraphs.map(paragraph).join("\n")}
</body>
</html>`;
  await sendMail(
    { to: env().LETTER_MAILBOX, subject: "Brev til utsending fra Klarkraft", text, html },
    options,
  );
}
