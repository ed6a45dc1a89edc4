// The browser suite's way to its accounts: scripts/e2e-server.ts asks the portal's process to serve
// fixture-accounts.ts on a Unix socket in the suite's data folder, because that process owns the
// database (an embedded data folder takes one process). Never on the portal's port, never in a build:
// only a server signing cookies with the suite's published secret opens it (docs/decisions/006).
import fs from "node:fs";
import http from "node:http";
import { env } from "@/platform/env";
import type { CustomerOptions, StaffOptions } from "./account-types";
import { E2E_AUTH_SECRET } from "./e2e-settings";
import { makeCustomer, makeStaff, openSession } from "./fixture-accounts";

const ROUTES: Record<string, (body: Record<string, unknown>) => Promise<unknown>> = {
  "/customer": (body) => makeCustomer(body as CustomerOptions),
  "/staff": (body) => makeStaff(body as unknown as StaffOptions),
  "/session": (body) => openSession(String(body.email), String(body.userAgent), body.strong === true),
};

async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {};
}

export function serveAccountFixtures(socketPath: string): http.Server {
  if (env().AUTH_SECRET !== E2E_AUTH_SECRET) {
    throw new Error("Account fixtures are only for the browser suite's server (its AUTH_SECRET)");
  }
  fs.rmSync(socketPath, { force: true });
  const server = http.createServer(async (request, response) => {
    const route = request.method === "POST" ? ROUTES[request.url ?? ""] : undefined;
    if (!route) {
      response.writeHead(404).end();
      return;
    }
    try {
      const result = await route(await readJson(request));
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(result));
    } catch (error) {
      // The test that asked fails with this; synthetic data only, so the message may be shown.
      response.writeHead(500).end(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  });
  server.listen(socketPath);
  return server;
}
