import { type NextRequest, NextResponse } from "next/server";
import { isDecodableActionBody } from "@/platform/http/action-body";
import { MAX_POST_BYTES } from "@/platform/http/http-policy";
import { nextWithSecurityHeaders } from "@/platform/http/security-headers";

const TOO_LARGE = "Skjemaet er for stort til å sendes. Kort ned teksten og prøv igjen.";
const CROSS_SITE = "Skjemaet ble sendt fra en annen nettside og er avvist. Åpne Min side og prøv igjen.";
const UNREADABLE = "Skjemaet kunne ikke leses. Last inn siden på nytt og prøv igjen.";

function refuse(status: number, message: string) {
  return new NextResponse(message, { status, headers: { "content-type": "text/plain; charset=utf-8" } });
}

/**
 * Next.js refuses a server action whose Origin names another host, but answers 500. Same rule, for
 * every unsafe method: the Origin's host must be X-Forwarded-Host's first entry, or else Host. An
 * unparsable or "null" Origin is refused; none at all (not a browser) is let through, as Next does.
 */
function isCrossSite(request: NextRequest): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host =
    request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || "";
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** The body's bytes, or null once more than `limit` arrive (a chunked body declares no length). */
async function readAtMost(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

async function isReadableForm(bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<boolean> {
  try {
    await new Response(bytes, { headers: { "content-type": contentType } }).formData();
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns posts that Next.js would answer with a 500 into clear 4xx answers before they reach a server
 * action or route handler: another site's form (403), a body over MAX_POST_BYTES, declared or
 * streamed (413), a multipart body that does not parse or a server-action body React cannot decode
 * (400, src/platform/http/action-body.ts). Not an auth boundary.
 */
export async function proxy(request: NextRequest) {
  if (request.method === "GET" || request.method === "HEAD") return nextWithSecurityHeaders(request);
  if (isCrossSite(request)) return refuse(403, CROSS_SITE);

  const declaredLength = request.headers.get("content-length");
  if (Number(declaredLength ?? 0) > MAX_POST_BYTES) return refuse(413, TOO_LARGE);
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = contentType.toLowerCase().startsWith("multipart/form-data");
  // A server-action call: Next.js hands its body to React's decodeReply, which throws (a 500) on a malformed one.
  const actionCall = request.method === "POST" && request.headers.has("next-action");
  // Next.js hands the proxy a copy of the body (bounded by experimental.proxyClientMaxBodySize).
  if (!actionCall && (!request.body || (declaredLength !== null && !multipart))) {
    return nextWithSecurityHeaders(request);
  }
  const bytes = request.body ? await readAtMost(request.body, MAX_POST_BYTES) : new Uint8Array(0);
  if (!bytes) return refuse(413, TOO_LARGE);
  const readable = actionCall
    ? await isDecodableActionBody(contentType, bytes)
    : !multipart || (await isReadableForm(bytes, contentType));
  if (!readable) return refuse(400, UNREADABLE);
  return nextWithSecurityHeaders(request);
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.svg).*)"] };
