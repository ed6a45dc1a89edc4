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

async function GET(request: NextRequest): Promise<Response> {
  const response = await handlers.GET(request);
  if (request.nextUrl.pathname !== CALLBACK_PATH) return response;
  const location = response.headers.get("location");
  if (!location || new URL(location, request.nextUrl).pathname !== AUTH_ERROR_PAGE) return response;
  // The provider's own error (access_denied when the person pressed "Avbryt") comes as a parameter.
  const reason = request.nextUrl.searchParams.has("error") ? "cancelled" : "token-rejected";
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
    new URL(bankIdErrorPath(intent?.purpose ?? null, reason, intent?.returnTo), request.nextUrl).toString(),
  );
  return new Response(null, { status: 302, headers });
}

export const authRouteHandlers = { GET, POST: handlers.POST };
