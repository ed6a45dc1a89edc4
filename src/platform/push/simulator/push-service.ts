import "server-only";
// The local push service, standing in for the browser vendors' (FCM, Mozilla, Apple) outside production
// and in tests: a module of the simulator server (/push) speaking RFC 8030 (push), 8291 (aes128gcm
// encryption) and 8292 (VAPID). It hands out subscriptions as a browser would, keeping the private key,
// so it can decrypt and record what it receives. State lives in this process's memory.
//   POST   /push/v1/subscriptions            {applicationServerKey?} → 201 {id, endpoint, keys: {p256dh, auth}}
//   POST   /push/v1/send/<id>                 a push: VAPID, TTL, Content-Encoding aes128gcm → 201
//   GET    /push/v1/subscriptions/<id>/messages → {messages: [{receivedAt, ttl, urgency, text}]}
//   DELETE /push/v1/subscriptions/<id>        the browser dropped it: later pushes get 410 Gone
// A fault queued for api "push" (POST /_simulator/faults, `when`: the subscription's id) fails pushes.
import { createECDH, randomBytes, randomUUID } from "node:crypto";
import ece from "http_ece";
import type {
  SimulatorModule,
  SimulatorRequest,
  SimulatorResponse,
} from "@/platform/registries/simulator/server";
import { checkVapid } from "./vapid-check";

/** RFC 8030 lets a push service refuse more; 4096 bytes is what every browser vendor accepts. */
const MAX_PUSH_BYTES = 4096;

export interface ReceivedPush {
  receivedAt: string;
  ttl: number;
  urgency: string | null;
  /** The decrypted payload. */
  text: string;
}

interface HeldSubscription {
  keys: ReturnType<typeof createECDH>;
  auth: Buffer;
  /** The applicationServerKey it was made with: only pushes signed with it are taken. */
  boundKey?: string;
  gone: boolean;
  messages: ReceivedPush[];
}

const subscriptions = new Map<string, HeldSubscription>();

function problem(status: number, message: string): SimulatorResponse {
  return { status, body: { code: String(status), message } };
}

function subscribe(request: SimulatorRequest): SimulatorResponse {
  const input = (request.body ?? {}) as { applicationServerKey?: unknown };
  const boundKey = typeof input.applicationServerKey === "string" ? input.applicationServerKey : undefined;
  if (boundKey !== undefined && Buffer.from(boundKey, "base64url").length !== 65) {
    return problem(400, "applicationServerKey must be a P-256 public key, base64url");
  }
  const keys = createECDH("prime256v1");
  keys.generateKeys();
  const id = randomUUID();
  const auth = randomBytes(16);
  subscriptions.set(id, { keys, auth, boundKey, gone: false, messages: [] });
  const endpoint = `${request.origin}/push/v1/send/${id}`;
  const p256dh = keys.getPublicKey().toString("base64url");
  return { status: 201, body: { id, endpoint, keys: { p256dh, auth: auth.toString("base64url") } } };
}

async function receive(request: SimulatorRequest, held: HeldSubscription): Promise<SimulatorResponse> {
  const vapid = await checkVapid(header(request, "authorization"), request.origin, held.boundKey);
  if (!vapid.ok) return problem(vapid.status, vapid.problem);
  const ttl = Number(header(request, "ttl"));
  if (!Number.isInteger(ttl) || ttl < 0) return problem(400, "TTL header missing or not a whole number");
  if (header(request, "content-encoding") !== "aes128gcm")
    return problem(415, "Content-Encoding must be aes128gcm");
  if (request.rawBody.length > MAX_PUSH_BYTES) return problem(413, "Payload over 4096 bytes");
  let text: string;
  try {
    text = ece
      .decrypt(request.rawBody, { version: "aes128gcm", privateKey: held.keys, authSecret: held.auth })
      .toString("utf8");
  } catch {
    return problem(400, "The payload does not decrypt with this subscription's keys");
  }
  held.messages.push({
    receivedAt: new Date().toISOString(),
    ttl,
    urgency: header(request, "urgency") ?? null,
    text,
  });
  return { status: 201, headers: { Location: `${request.origin}/push/v1/messages/${randomUUID()}` } };
}

function header(request: SimulatorRequest, name: string): string | undefined {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

export const pushServiceSimulator: SimulatorModule = {
  name: "push",
  // Pushes carry VAPID, not a Bearer token; the rest is a loopback tool for developers and tests.
  ownAuthorization: true,
  async handle(request) {
    if (request.method === "POST" && request.path === "/v1/subscriptions") return subscribe(request);
    const send = /^\/v1\/send\/([0-9a-f-]{36})$/.exec(request.path);
    const one = /^\/v1\/subscriptions\/([0-9a-f-]{36})(\/messages)?$/.exec(request.path);
    const held = subscriptions.get(send?.[1] ?? one?.[1] ?? "");
    if (!held) return problem(404, "No such subscription");
    if (send && request.method === "POST") {
      if (request.fault) return problem(400, "Refused (simulated)");
      return held.gone ? problem(410, "Subscription gone") : receive(request, held);
    }
    if (one?.[2] && request.method === "GET") return { status: 200, body: { messages: held.messages } };
    if (one && !one[2] && request.method === "DELETE") {
      held.gone = true;
      return { status: 204 };
    }
    return problem(404, "No such endpoint");
  },
};
