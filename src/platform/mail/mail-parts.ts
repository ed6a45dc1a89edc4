// The parts every short mail shares: the signature and the HTML frame, and a mail of plain paragraphs.
import "server-only";
import { escapeHtml } from "@/platform/format/html";
import type { MailMessage } from "./mailer";

export type MailContent = Omit<MailMessage, "to">;

export const SIGNATURE = "Vennlig hilsen\nKlarkraft kundeservice";

/** The HTML part: paragraphs (already escaped, or our own markup) and the signature. */
export function html(paragraphs: string[]): string {
  const body = paragraphs.map((p) => `<p>${p}</p>`).join("\n");
  return `<!doctype html>
<html lang="nb">
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1e293b;">
${body}
<p>Vennlig hilsen<br>Klarkraft kundeservice</p>
</body>
</html>`;
}

/** A mail of fixed paragraphs (no markup in them), the same in both parts. */
export function plainMail(subject: string, paragraphs: string[]): MailContent {
  return { subject, text: [...paragraphs, SIGNATURE].join("\n\n"), html: html(paragraphs.map(escapeHtml)) };
}
