// The Node.js HTTP server in front of Next.js (scripts/next-server.ts). `next start` offers no hook for
// what this does: pass on the socket address, give each request an id for the log, bound how long
// receiving a request may take, and refuse methods that Next.js cannot turn into a web Request and
// paths whose percent-escapes do not decode.
import http from "node:http";
import { SECURITY_HEADERS, SOCKET_ADDRESS_HEADER } from "@/platform/http/http-policy";
import { isDecodablePath } from "@/platform/http/request-path";
import { logError } from "@/platform/log";
import { newRequestId, REQUEST_ID_HEADER, runWithRequestId } from "@/platform/request-id";

type Handler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

/**
 * Node's defaults hold a request whose body is shorter than its Content-Length for five minutes. The
 * portal's forms are a few kilobytes; even a full MAX_POST_BYTES arrives well within 15 s on a mobile
 * connection. Timeouts are checked every second, so they fire at most a second late.
 */
export const SERVER_OPTIONS = {
  headersTimeout: 10_000,
  requestTimeout: 15_000,
  connectionsCheckingInterval: 1_000,
} satisfies http.ServerOptions;

/** TRACE and TRACK made Next.js fail with a 500 (fetch's Request forbids them); nothing here needs others. */
const ALLOWED_METHODS = new Set(["GET", "HEAD", "POST", "OPTIONS"]);
const UNDECODABLE_PATH =
  "Adressen inneholder tegn som ikke kan leses, så siden finnes ikke. Sjekk lenken, eller gå til forsiden.";

function securityHeaders(): Record<string, string> {
  return Object.fromEntries(SECURITY_HEADERS.map(({ key, value }) => [key, value]));
}

export function createRequestListener(handle: Handler): http.RequestListener {
  return (request, response) => {
    // Ours, never a client's: an id a client chose could point an operator at the wrong lines.
    const requestId = newRequestId();
    request.headers[REQUEST_ID_HEADER] = requestId;
    response.setHeader(REQUEST_ID_HEADER, requestId);
    if (!ALLOWED_METHODS.has(request.method ?? "")) {
      response.writeHead(405, {
        ...securityHeaders(),
        Allow: "GET, HEAD, POST",
        "Content-Type": "text/plain; charset=utf-8",
      });
      response.end("Denne forespørselsmetoden støttes ikke.");
      return;
    }
    // Next.js would answer a bare 500 for a dynamic segment like /henvendelse/%ZZ.
    if (!isDecodablePath(request.url ?? "/")) {
      response.writeHead(400, { ...securityHeaders(), "Content-Type": "text/plain; charset=utf-8" });
      response.end(UNDECODABLE_PATH);
      return;
    }
    // Overwrites whatever a client sent under this name: see clientIpFrom().
    request.headers[SOCKET_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
    runWithRequestId(requestId, () => handle(request, response)).catch((error: unknown) => {
      logError("request", error);
      if (!response.headersSent) response.writeHead(500, securityHeaders());
      response.end();
    });
  };
}

export function createFrontServer(handle: Handler): http.Server {
  return http.createServer(SERVER_OPTIONS, createRequestListener(handle));
}
