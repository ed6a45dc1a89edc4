import { type IncomingMessage, request } from "node:http";
import { describe, expect, it } from "vitest";
import { SECURITY_HEADERS, SOCKET_ADDRESS_HEADER } from "@/platform/http/http-policy";
import { createFrontServer, SERVER_OPTIONS } from "../../scripts/lib/http-front";
import { serveDuringTests } from "../support/local-server";

// Stands in for Next.js: answers with the socket address header it was handed.
const server = createFrontServer(async (request, response) => {
  response.end(String(request.headers[SOCKET_ADDRESS_HEADER]));
});
const base = serveDuringTests(server);

describe("the HTTP server in front of Next.js", () => {
  it("hands Next.js the socket address, overwriting a copy the client sent", async () => {
    const response = await fetch(`${base.url()}/`, {
      headers: { [SOCKET_ADDRESS_HEADER]: "198.51.100.66", "x-forwarded-for": "198.51.100.67" },
    });
    expect(await response.text()).toBe("127.0.0.1");
  });

  it("answers TRACE with 405, an Allow header and the security headers, without reaching Next.js", async () => {
    const response = await new Promise<IncomingMessage>((resolve, reject) => {
      request(`${base.url()}/logg-inn`, { method: "TRACE" }, resolve).on("error", reject).end();
    });
    expect(response.statusCode).toBe(405);
    expect(response.headers.allow).toBe("GET, HEAD, POST");
    for (const { key, value } of SECURITY_HEADERS) expect(response.headers[key.toLowerCase()]).toBe(value);
    response.resume();
  });

  it("answers a path whose escapes do not decode with 400, a Norwegian text and the security headers, without reaching Next.js", async () => {
    for (const path of ["/henvendelse/%ZZ", "/bli-kunde/vurdering/%E0%A4%A"]) {
      const response = await fetch(`${base.url()}${path}`);
      expect(response.status, path).toBe(400);
      expect(await response.text()).toMatch(/^Adressen inneholder tegn som ikke kan leses/);
      for (const { key, value } of SECURITY_HEADERS) expect(response.headers.get(key)).toBe(value);
    }
  });

  it("gives up on a request body within seconds, not Node's default five minutes", () => {
    expect(SERVER_OPTIONS.requestTimeout).toBeLessThanOrEqual(20_000);
    expect(SERVER_OPTIONS.headersTimeout).toBeLessThanOrEqual(SERVER_OPTIONS.requestTimeout);
    expect(server.requestTimeout).toBe(SERVER_OPTIONS.requestTimeout);
  });
});
