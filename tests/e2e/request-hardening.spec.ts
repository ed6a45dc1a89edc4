import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import type { APIRequestContext, APIResponse } from "@playwright/test";
import { SECURITY_HEADERS } from "@/platform/http/http-policy";
import { E2E_HEALTH_TOKEN, E2E_PORT } from "./support/e2e-settings";
import { expect, test } from "./support/test";

const ORIGIN = `http://127.0.0.1:${E2E_PORT}`;
const TOO_LARGE = /Skjemaet er for stort/;
const UNREADABLE = /Skjemaet kunne ikke leses/;
const UNDECODABLE_PATH = /Adressen inneholder tegn som ikke kan leses/;

/** The log-in action's id in the build the suite runs against: each build names its actions anew. */
function logInActionId(): string {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string; workers: Record<string, unknown> }>;
  };
  const found = Object.entries(manifest.node).find(
    ([, action]) => action.exportedName === "logIn" && "app/logg-inn/page" in action.workers,
  );
  if (!found) throw new Error("the build has no logIn action for /logg-inn");
  return found[0];
}

/** A server-action call as React's client makes it, with the body the test gives. */
function callLogIn(
  request: APIRequestContext,
  body: { data: string } | { multipart: Record<string, string> },
) {
  const type: Record<string, string> = "data" in body ? { "content-type": "text/plain;charset=UTF-8" } : {};
  return request.post("/logg-inn", {
    headers: { origin: ORIGIN, "next-action": logInActionId(), accept: "text/x-component", ...type },
    ...body,
  });
}

function expectSecurityHeaders(headers: Record<string, string | string[] | undefined>) {
  for (const { key, value } of SECURITY_HEADERS) expect(headers[key.toLowerCase()], key).toBe(value);
}

async function expectRefused(response: APIResponse, status: number, message: RegExp) {
  expect(response.status()).toBe(status);
  expectSecurityHeaders(response.headers());
  expect(await response.text()).toMatch(message);
}

/** A POST whose body is sent chunked, with no Content-Length: Playwright's request always sets one. */
function postChunked(path: string, contentType: string, totalBytes: number) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }>(
    (resolve, reject) => {
      const request = http.request(`${ORIGIN}${path}`, {
        method: "POST",
        headers: { "content-type": contentType },
      });
      request.on("response", (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => {
          text += chunk;
        });
        response.on("end", () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
        );
      });
      // The server may answer and stop reading before the whole body is sent.
      request.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "EPIPE" && error.code !== "ECONNRESET") reject(error);
      });
      const chunk = Buffer.alloc(64 * 1024, "a");
      for (let sent = 0; sent < totalBytes; sent += chunk.length) request.write(chunk);
      request.end();
    },
  );
}

test.describe("requests Next.js would answer with a 500 get a clear 4xx", () => {
  test("a chunked 1.5 MB server-action post gets 413 and the Norwegian message", async () => {
    const response = await postChunked("/logg-inn", "multipart/form-data; boundary=x", 1_500_000);
    expect(response.status).toBe(413);
    expectSecurityHeaders(response.headers);
    expect(response.text).toMatch(TOO_LARGE);
  });

  test("a chunked 10 MB post to /api/auth is refused with 413 instead of parsed", async () => {
    const response = await postChunked(
      "/api/auth/callback/credentials",
      "application/x-www-form-urlencoded",
      10_000_000,
    );
    expect(response.status).toBe(413);
    expect(response.text).toMatch(TOO_LARGE);
  });

  test("a body shorter than its Content-Length is cut off with 408 within seconds", async () => {
    test.setTimeout(45_000);
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      let received = "";
      const socket = net.connect(E2E_PORT, "127.0.0.1", () => {
        socket.write(
          "POST /logg-inn HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=a",
        );
      });
      socket.on("data", (data) => {
        received += data;
      });
      socket.on("close", () => resolve(received));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  test("a malformed multipart post to a page gets 400 with the security headers", async ({ request }) => {
    for (const [contentType, body] of [
      ["multipart/form-data", "no boundary at all"],
      [
        "multipart/form-data; boundary=x",
        '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated',
      ],
    ] as const) {
      const response = await request.post("/logg-inn", {
        headers: { "content-type": contentType, origin: ORIGIN },
        data: body,
      });
      await expectRefused(response, 400, UNREADABLE);
    }
  });

  test("a server-action post from another site's origin gets 403 with the security headers", async ({
    request,
  }) => {
    for (const origin of ["https://evil.example", "null"]) {
      const formPost = await request.post("/logg-inn", {
        headers: { origin },
        multipart: { email: "kari.nordmann@example.com", password: "irrelevant" },
      });
      await expectRefused(formPost, 403, /annen nettside/);
      const actionCall = await request.post("/logg-inn", {
        headers: { origin, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
        data: "[]",
      });
      await expectRefused(actionCall, 403, /annen nettside/);
    }
  });

  test("a server-action call whose body React cannot decode gets 400 with the security headers", async ({
    request,
  }) => {
    for (const data of ["{", '"x"', "null"]) {
      await expectRefused(await callLogIn(request, { data }), 400, UNREADABLE);
    }
    await expectRefused(await callLogIn(request, { multipart: { "0": "{bad" } }), 400, UNREADABLE);
    // A body the client could have sent still reaches the action: the form's answer to empty fields.
    const empty = await callLogIn(request, { multipart: { "0": '[null,"$K1"]' } });
    expect(empty.status()).toBe(200);
    expect(await empty.text()).toContain("Skriv inn e-postadressen din.");
  });

  test("a path whose percent-escapes do not decode gets 400 with the security headers, signed in or not", async ({
    request,
    page,
    browser,
    accounts,
  }) => {
    const paths = [
      "/henvendelse/%ZZ",
      "/bli-kunde/vurdering/%E0%A4%A",
      "/min-side/meldinger/%ZZ",
      "/admin/kunder/%ZZ",
    ];
    for (const path of paths) await expectRefused(await request.get(path), 400, UNDECODABLE_PATH);
    await accounts.signIn(page, "kari.nordmann@example.com");
    await expectRefused(await page.request.get("/min-side/meldinger/%ZZ"), 400, UNDECODABLE_PATH);
    const staff = await browser.newPage();
    await accounts.signIn(staff, await accounts.support());
    await expectRefused(await staff.request.get("/admin/kunder/%ZZ"), 400, UNDECODABLE_PATH);
    await staff.close();
  });

  test("TRACE gets 405 with the security headers", async ({ request }) => {
    const response = await request.fetch("/logg-inn", { method: "TRACE" });
    await expectRefused(response, 405, /støttes ikke/);
    expect(response.headers().allow).toBe("GET, HEAD, POST");
  });
});

test("/api/health tells others only the status; the database kind needs HEALTH_TOKEN", async ({
  request,
}) => {
  const anyone = await request.get("/api/health");
  expect(await anyone.json()).toEqual({ status: "ok" });
  const wrongToken = await request.get("/api/health", { headers: { authorization: "Bearer nope" } });
  expect(await wrongToken.json()).toEqual({ status: "ok" });
  const monitoring = await request.get("/api/health", {
    headers: { authorization: `Bearer ${E2E_HEALTH_TOKEN}` },
  });
  expect(await monitoring.json()).toEqual({
    status: "ok",
    database: expect.stringMatching(/^(postgres|embedded)$/),
  });
});
