import "server-only";
// What the proxy adds to every page response: a fresh nonce and the CSP built on it, HSTS in
// production. Next.js reads the nonce from the request's CSP header and puts it on its own scripts.
import { randomBytes } from "node:crypto";
import { type NextRequest, NextResponse } from "next/server";
import { trackersForRequest } from "@/features/consent/proxy";
import { env } from "@/platform/env";
import { contentSecurityPolicy } from "./content-security-policy";

/** Request headers the proxy sets (overwriting anything a client sent) for the page to read. */
export const NONCE_HEADER = "x-nonce";
export const PATH_HEADER = "x-klarkraft-path";

const HSTS = "max-age=63072000; includeSubDomains";

export function nextWithSecurityHeaders(request: NextRequest): NextResponse {
  const { APP_ENV, APP_URL } = env();
  const nonce = randomBytes(16).toString("base64");
  const policy = contentSecurityPolicy({
    nonce,
    trackers: trackersForRequest({ pathname: request.nextUrl.pathname, cookies: request.cookies }),
    development: APP_ENV === "development",
    https: APP_URL.startsWith("https:"),
  });
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set(PATH_HEADER, request.nextUrl.pathname);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", policy);
  if (APP_ENV === "production") response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}
