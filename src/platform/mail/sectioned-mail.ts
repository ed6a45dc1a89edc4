// A longer mail in sections (a heading, paragraphs, label–value rows), the same content in the plain-text
// and the HTML part: the contract confirmations. Texts are plain; they are escaped for the HTML part here.
import "server-only";
import { escapeHtml } from "@/platform/format/html";
import type { MailMessage } from "./mailer";

export interface MailSection {
  heading?: string;
  paragraphs?: readonly string[];
  rows?: readonly { label: string; value: string }[];
}

const SIGNATURE = "Vennlig hilsen\nKlarkraft kundeservice";

function textSection(section: MailSection): string {
  return [
    ...(section.heading ? [section.heading.toUpperCase()] : []),
    ...(section.rows?.length ? [section.rows.map((r) => `${r.label}: ${r.value}`).join("\n")] : []),
    ...(section.paragraphs ?? []),
  ].join("\n\n");
}

function htmlSection(section: MailSection): string {
  const rows = section.rows?.length
    ? `<table style="border-collapse: collapse;">${section.rows
        .map(
          (r) =>
            `<tr><th scope="row" style="text-align: left; padding: 2px 16px 2px 0; font-weight: normal;">${escapeHtml(r.label)}</th><td style="padding: 2px 0;">${escapeHtml(r.value)}</td></tr>`,
        )
        .join("")}</table>`
    : "";
  return [
    ...(section.heading ? [`<h2 style="font-size: 18px;">${escapeHtml(section.heading)}</h2>`] : []),
    rows,
    ...(section.paragraphs ?? []).map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join("\n");
}

/** Subject and both parts of a mail made of sections, signed by customer service. */
export function sectionedMail(subject: string, sections: readonly MailSection[]): Omit<MailMessage, "to"> {
  const text = [...sections.map(textSection), SIGNATURE].join("\n\n");
  const html = `<!doctype html>
<html lang="nb">
<body style="font-family: Arial, Helvetica, sans-serif; font-size: 16px; line-height: 1.5; color: #1e293b;">
${sections.map(htmlSection).join("\n")}
<p>Vennlig hilsen<br>Klarkraft kundeservice</p>
</body>
</html>`;
  return { subject, text, html };
}
