import { type NextRequest, NextResponse } from "next/server";
import { nextWithSecurityHeaders } from "@/server/security/security-headers";

/** Next.js refuses server-action bodies over 1 MB by throwing, which reaches the client as a 500. */
const MAX_POST_BYTES = 1024 * 1024;

/** Turns an oversized form post into a clear 413 before it reaches a server action. Not an auth boundary. */
export function proxy(request: NextRequest) {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method === "POST" && length > MAX_POST_BYTES) {
    return new NextResponse("Skjemaet er for stort til å sendes. Kort ned teksten og prøv igjen.", {
      status: 413,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  return nextWithSecurityHeaders(request);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.svg).*)"] };
