import "server-only";
// The one local simulator server: each mounted module serves one outside API under its own prefix
// (/folkeregister, /elhub, /experian, …) from synthetic data. Used by `npm run simulators`, started
// by `npm start`/`npm run dev` and the browser suite, and in-process by integration tests and the
// benchmark. Listens on loopback only. Control endpoints under /_simulator:
//   GET    /_simulator/health
//   POST   /_simulator/faults   {"api":"elhub","fault":"500","count":2}   (count 0: until cleared;
//                                optional "when": only requests mentioning it, e.g. a national ID)
//   DELETE /_simulator/faults
//   POST   /_simulator/latency  {"ms":200}
import http from "node:http";
import type { AddressInfo } from "node:net";
import { closeNow, listen, readBodyBuffer } from "@/platform/http/local-server";
import {
  FaultQueue,
  HANG_MS,
  isSimulatorFault,
  isTransportFault,
  type OutcomeFault,
  type SimulatorFault,
  SLOW_MS,
  type TransportFault,
} from "./faults";

export interface SimulatorRequest {
  method: string;
  /** The path below the module's prefix, e.g. "/v1/personer/entydigsoek". */
  path: string;
  query: URLSearchParams;
  body: unknown;
  /** The body as sent, for a module whose requests are not JSON (the push service's encrypted pushes). */
  rawBody: Buffer;
  headers: http.IncomingHttpHeaders;
  /** The origin the request was addressed to ("http://127.0.0.1:3010"), as a client saw it. */
  origin: string;
  /** An outcome fault queued for this request, for the module to apply. */
  fault?: OutcomeFault;
}

export interface SimulatorResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A fault the person this request is about always meets (people.ts). */
  personFault?: SimulatorFault;
}

export interface SimulatorModule {
  /** The path prefix and the name faults are queued under. */
  name: string;
  /** The module checks its requests' Authorization itself (the push service's VAPID), not a Bearer token. */
  ownAuthorization?: boolean;
  handle(request: SimulatorRequest): SimulatorResponse | Promise<SimulatorResponse>;
}

export interface SimulatorServer {
  port: number;
  url: string;
  faults: FaultQueue;
  setLatency(ms: number): void;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;

/** What the handlers share: the mounted modules, the queued faults and the latency a test may change. */
interface SimulatorState {
  modules: Map<string, SimulatorModule>;
  faults: FaultQueue;
  latencyMs: number;
}

export async function startSimulatorServer(options: {
  port: number;
  host?: string;
  modules: readonly SimulatorModule[];
  /** Added before every answer: a registry's network and processing time. */
  latencyMs?: number;
}): Promise<SimulatorServer> {
  const state: SimulatorState = {
    modules: new Map(options.modules.map((m) => [m.name, m])),
    faults: new FaultQueue(),
    latencyMs: options.latencyMs ?? 0,
  };
  const server = http.createServer((req, res) => {
    handle(state, req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { code: "SIMULATOR", message: "Simulator error" });
      else res.destroy();
    });
  });
  // The client closes an idle connection, never the server: a server that closes it too can race a client
  // reusing it (an ECONNRESET on a loaded machine, seen in the push tests). close() ends the rest.
  server.keepAliveTimeout = 0;
  await listen(server, options.port, options.host ?? "127.0.0.1");
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    faults: state.faults,
    setLatency: (ms) => {
      state.latencyMs = ms;
    },
    close: () => closeNow(server),
  };
}

/** What a queued fault's `when` is looked for in: the path, the query's values and the body. */
function requestText(url: URL, body: unknown): string {
  return [url.pathname, ...url.searchParams.values(), JSON.stringify(body ?? null)].join(" ");
}

async function handle(state: SimulatorState, req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? "/", "http://simulator.local");
  const [, prefix = "", ...rest] = url.pathname.split("/");
  const rawBody = await readBodyBuffer(req, MAX_BODY_BYTES);
  if (rawBody === undefined) return send(res, 413, { code: "SIZE", message: "Body too large" });
  const body = parseJson(rawBody);

  if (prefix === "_simulator") return control(state, req.method ?? "GET", `/${rest.join("/")}`, body, res);

  const module = state.modules.get(prefix);
  if (!module) return send(res, 404, { code: "NO_API", message: "No such API on the simulator" });
  if (!module.ownAuthorization && !/^Bearer \S{8,}$/.test(req.headers.authorization ?? "")) {
    return send(res, 401, { feilkode: "401", feilmelding: "Mangler eller ugyldig token", httpStatus: 401 });
  }

  const queued = state.faults.take(module.name, requestText(url, body));
  const answer = await module.handle({
    method: req.method ?? "GET",
    path: `/${rest.join("/")}`,
    query: url.searchParams,
    body,
    rawBody,
    headers: req.headers,
    origin: `http://${req.headers.host ?? "127.0.0.1"}`,
    fault: isTransportFault(queued) ? undefined : (queued as OutcomeFault | undefined),
  });
  const transport = isTransportFault(queued)
    ? queued
    : isTransportFault(answer.personFault)
      ? answer.personFault
      : undefined;

  if (state.latencyMs > 0) await sleep(state.latencyMs);
  if (await answeredByFault(transport, res)) return;
  send(res, answer.status, answer.body, answer.headers);
}

/** Applies a transport fault; true when it has answered (or dropped) the request itself. */
async function answeredByFault(
  transport: TransportFault | undefined,
  res: http.ServerResponse,
): Promise<boolean> {
  switch (transport) {
    case "timeout":
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, HANG_MS);
        res.once("close", () => {
          clearTimeout(timer);
          resolve();
        });
      });
      res.destroy();
      return true;
    case "500":
      send(res, 500, { code: "INTERNAL", message: "Simulated server error" });
      return true;
    case "malformed":
      send(res, 200, { unexpected: true });
      return true;
    case "slow":
      await sleep(SLOW_MS);
      return false;
  }
  return false;
}

function control(
  state: SimulatorState,
  method: string,
  path: string,
  body: unknown,
  res: http.ServerResponse,
) {
  const input = (body ?? {}) as Record<string, unknown>;
  if (method === "GET" && path === "/health") {
    return send(res, 200, { ok: true, apis: [...state.modules.keys()] });
  }
  if (method === "DELETE" && path === "/faults") {
    state.faults.clear();
    return send(res, 204);
  }
  if (method === "POST" && path === "/faults") {
    const count = typeof input.count === "number" && Number.isInteger(input.count) ? input.count : 1;
    if (typeof input.api !== "string" || !state.modules.has(input.api) || !isSimulatorFault(input.fault)) {
      return send(res, 400, { message: "Give api (a mounted module) and a known fault" });
    }
    state.faults.add(input.api, input.fault, count, typeof input.when === "string" ? input.when : undefined);
    return send(res, 204);
  }
  if (method === "POST" && path === "/latency") {
    if (typeof input.ms !== "number" || input.ms < 0 || input.ms > 10_000) {
      return send(res, 400, { message: "Give ms, 0–10000" });
    }
    state.latencyMs = input.ms;
    return send(res, 204);
  }
  return send(res, 404, { message: "No such control endpoint" });
}

function parseJson(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString("utf8"));
  } catch {
    return undefined;
  }
}

function send(
  res: http.ServerResponse,
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers });
  res.end(JSON.stringify(body));
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
