import "server-only";
// GET and POST /interaction/:uid: the page, and what choosing on it does. Signing in ends the
// interaction with the login and a grant of everything the client asked for (BankID asks no consent);
// "Avbryt" ends it with access_denied, which oidc-provider sends back to the client.
import type http from "node:http";
import type { Provider } from "oidc-provider";
import { readBodyText } from "@/platform/http/local-server";
import { type Choice, parseChoice } from "./choice";
import type { Subjects } from "./identities";
import { interactionGonePage, tooLargePage } from "./page-layout";
import { pickerPage } from "./picker-page";
import type { PendingFaults } from "./token-faults";

/** BankID's authentication method reference, whatever the level. */
const AMR = ["BID"];
const MAX_FORM_BYTES = 16 * 1024;

export interface InteractionContext {
  provider: Provider;
  subjects: Subjects;
  faults: PendingFaults;
  allowTokenFaults: boolean;
}

export async function handleInteraction(
  context: InteractionContext,
  uid: string,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<void> {
  const interaction = await context.provider.interactionDetails(req, res).catch(() => undefined);
  if (!interaction || interaction.uid !== uid) return sendPage(res, 400, interactionGonePage());
  if (req.method === "GET") {
    return sendPage(res, 200, pickerPage({ uid, allowTokenFaults: context.allowTokenFaults }));
  }
  if (req.method !== "POST") return sendPage(res, 405, interactionGonePage(), { Allow: "GET, POST" });

  const form = await readForm(req);
  if (!form) return sendPage(res, 413, tooLargePage());
  const choice = parseChoice(form, { allowTokenFaults: context.allowTokenFaults });
  if (choice.kind === "invalid") {
    const page = pickerPage({ uid, allowTokenFaults: context.allowTokenFaults, ...choice });
    return sendPage(res, 400, page);
  }
  await context.provider.interactionFinished(req, res, await resultOf(context, choice, interaction.params), {
    mergeWithLastSubmission: false,
  });
}

async function resultOf(
  { provider, subjects, faults }: InteractionContext,
  choice: Exclude<Choice, { kind: "invalid" }>,
  params: { client_id?: string; scope?: string },
) {
  if (choice.kind === "abort") {
    return { error: "access_denied", error_description: "The user cancelled the BankID sign-in." };
  }
  const accountId = subjects.signIn(choice.identity);
  const grant = new provider.Grant({ accountId, clientId: String(params.client_id) });
  grant.addOIDCScope(String(params.scope ?? "openid"));
  const grantId = await grant.save();
  if (choice.fault) faults.add(grantId, choice.fault);
  return {
    login: { accountId, acr: choice.acr, amr: AMR, remember: false },
    consent: { grantId },
  };
}

async function readForm(req: http.IncomingMessage): Promise<URLSearchParams | undefined> {
  const text = await readBodyText(req, MAX_FORM_BYTES);
  return text === undefined ? undefined : new URLSearchParams(text);
}

export function sendPage(
  res: http.ServerResponse,
  status: number,
  page: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    // The page needs its own inline style and nothing else; it may not be framed.
    "Content-Security-Policy":
      "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    ...headers,
  });
  res.end(page);
}
