import "server-only";
// /api/auth/*: next-auth's handlers, with one addition for BankID's callback. When Auth.js refuses
// what came back (a tampered, replayed or expired ID token, a state or nonce that does not match, the
// wrong issuer or audience, or the person cancelling at BankID), it sends the browser to its error
// page with only "Configuration". Here that becomes an audit row and the page the person started
// from, with a Norwegian message; the purpose is this browser's intent cookie.
import type { NextRequest } from "next/server";
import { writeAudit } from "@/features/audit/server";
import { BANKID_PROVIDER_ID } from "@/platform/bankid/claims";
import { db } from "@/platform/db";
import { takeBankIdIntent } from "./bankid-intent";
import { bankIdErrorPath } from "./bankid-outcome";
import { AUTH_ERROR_PAGE, handlers } from "./config";

const CALLBACK_PATH = `/api/auth/callback/${BANKID_PROVIDER_ID}`;

/**
 * The request as the browser addressed it. next-auth's server-side signIn() builds the redirect_uri
 * it sends to BankID from the browser's Host header; a NextRequest rewrites 127.0.0.1 to `localhost`.
 * The callback must send the provider the same redirect_uri when it redeems the code, so a plain
 * Request at the address in the header goes to Auth.js (which reads only its url, headers and body).
 */
async function asAddressed(request: NextRequest): Promise<NextRequest> {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return request;
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  const url = new URL(`${request.nextUrl.pathname}${request.nextUrl.search}`, `${protocol}://${host}`);
  const body =
    request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer();
  return new Request(url, { method: request.method, headers: request.headers, body }) as NextRequest;
}

async function GET(incoming: NextRequest): Promise<Response> {
  const request = await asAddressed(incoming);
  const response = await handlers.GET(request);
  if (incoming.nextUrl.pathname !== CALLBACK_PATH) return response;
  const location = response.headers.get("location");
  const address = new URL(request.url);
  const target = location ? new URL(location, address) : null;
  // Auth.js's refusals go to its error page with ?error=<type>; our own answers carry no such thing.
  if (target?.pathname !== AUTH_ERROR_PAGE || !target.searchParams.has("error")) return response;
  // The provider's own error (access_denied when the person pressed "Avbryt") comes as a parameter.
  const reason = address.searchParams.has("error") ? "cancelled" : "token-rejected";
  const intent = await takeBankIdIntent();
  await writeAudit(db, {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action: "auth.bankid.rejected",
    metadata: { purpose: intent?.purpose ?? "unknown", reason },
  });
  const headers = new Headers(response.headers);
  headers.set(
    "location",
    new URL(bankIdErrorPath(intent?.purpose ?? null, reason, intent?.returnTo), address).toString(),
  );
  return new Response(null, { status: 302, headers });
}

const POST = async (request: NextRequest) => handlers.POST(await asAddressed(request));

export const authRouteHandlers = { GET, POST };
