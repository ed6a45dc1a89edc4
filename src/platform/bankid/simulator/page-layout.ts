import "server-only";
// The frame of the local BankID provider's pages: bokmål, one inline style sheet (no external assets),
// readable at 390 px, a visible focus ring, and colours that meet WCAG 2.1 AA contrast on white.
import { html, rawHtml, type SafeHtml } from "@/platform/format/html";

export const SERVICE_TITLE = "BankID (testmiljø)";

const STYLE = rawHtml(`
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;font-size:1rem;
  line-height:1.5;color:#1b1b1b;background:#fff}
.banner{background:#39134c;color:#fff;padding:.75rem 1rem;font-weight:600}
main{max-width:42rem;margin:0 auto;padding:1rem 1rem 3rem}
h1{font-size:1.75rem;line-height:1.2;margin:1rem 0 .5rem}
h2{font-size:1.125rem;margin:0 0 .5rem}
p{margin:.5rem 0}
fieldset{border:1px solid #6b6b6b;border-radius:.5rem;margin:1.25rem 0;padding:.75rem 1rem 1rem;min-width:0}
legend{font-weight:700;padding:0 .25rem;font-size:1.0625rem}
.choice{display:flex;gap:.75rem;align-items:flex-start;padding:.5rem 0;border-top:1px solid #e0e0e0}
.choice:first-of-type{border-top:0}
.choice input{margin:.25rem 0 0;width:1.25rem;height:1.25rem;flex:none;accent-color:#39134c}
.choice label{flex:1;min-width:0;overflow-wrap:anywhere;cursor:pointer}
.who{font-weight:600}
.nin{font-family:ui-monospace,Menlo,Consolas,monospace;letter-spacing:.03em}
.note,.hint{display:block;color:#4a4a4a;font-size:.9375rem}
.field{margin:1.25rem 0}
.field label{display:block;font-weight:700}
input[type=text],select{display:block;width:100%;max-width:20rem;margin-top:.375rem;padding:.625rem .75rem;
  font:inherit;color:#1b1b1b;background:#fff;border:2px solid #6b6b6b;border-radius:.375rem}
input[aria-invalid=true]{border-color:#b00020}
.error{color:#b00020;font-weight:600}
.summary{border:3px solid #b00020;border-radius:.5rem;padding:.75rem 1rem;margin:1rem 0}
.summary a{color:#b00020;font-weight:600}
.actions{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1.5rem}
button{font:inherit;font-weight:700;padding:.75rem 1.5rem;border-radius:.375rem;cursor:pointer;
  border:2px solid #39134c;min-height:2.75rem}
button.primary{background:#39134c;color:#fff}
button.secondary{background:#fff;color:#39134c}
a{color:#1a4d99}
:focus-visible{outline:3px solid #1a4d99;outline-offset:2px}
.summary:focus{outline:3px solid #1a4d99;outline-offset:2px}
`);

/** A whole page: the testing banner, a main landmark with the content, and the title naming the service. */
export function pageDocument({ title, content }: { title: string; content: SafeHtml }): string {
  return html`<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title === SERVICE_TITLE ? title : `${title} – ${SERVICE_TITLE}`}</title>
<style>${STYLE}</style>
</head>
<body>
<div class="banner">Testmiljø: ikke ekte BankID. Bare syntetiske personer.</div>
<main>
${content}
</main>
</body>
</html>
`.markup;
}

/** The interaction is unknown, expired, already finished, or its cookie is missing. */
export function interactionGonePage(): string {
  return pageDocument({
    title: "Innloggingen finnes ikke",
    content: html`<h1>Innloggingen finnes ikke</h1>
<p>Innloggingen er utløpt, allerede fullført eller startet i en annen nettleser.</p>
<p>Gå tilbake til tjenesten du kom fra, og start innloggingen på nytt.</p>`,
  });
}

/** What oidc-provider refuses (an unknown client, a redirect_uri not registered, …), in bokmål. */
export function providerErrorPage(out: Record<string, string>): string {
  return pageDocument({
    title: "Innloggingen kan ikke startes",
    content: html`<h1>Innloggingen kan ikke startes</h1>
<p>Tjenesten som sendte deg hit, ba om noe denne BankID-en ikke godtar.</p>
<p>Teknisk feil: <code>${out.error ?? "server_error"}</code>${
      out.error_description ? html` (${out.error_description})` : ""
    }</p>`,
  });
}

/** Too large a form. */
export function tooLargePage(): string {
  return pageDocument({
    title: "Skjemaet er for stort",
    content: html`<h1>Skjemaet er for stort</h1><p>Gå tilbake og prøv igjen.</p>`,
  });
}
