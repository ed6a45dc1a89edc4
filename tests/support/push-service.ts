// A local push service of this test file's own (the simulator server with its push module) on a free
// port, driven over HTTP as a browser and a developer would: subscribe, read what arrived, drop.

import { afterAll, afterEach, beforeAll } from "vitest";
import webpush from "web-push";
import { pushServiceSimulator, type ReceivedPush } from "@/platform/push/simulator/push-service";
import type { VapidKeys } from "@/platform/push/vapid";
import { type SimulatorServer, startSimulatorServer } from "@/platform/registries/simulator/server";

export interface LocalSubscription {
  id: string;
  endpoint: string;
  keys: { p256dh: string; auth: string };
}

export interface LocalPushService {
  server: SimulatorServer;
  /** The key pair the portal signs with in this file (made fresh). */
  vapid: VapidKeys;
  /** A subscription as a browser's pushManager.subscribe() would make one, bound to `vapid`. */
  subscribe(applicationServerKey?: string): Promise<LocalSubscription>;
  /** What the subscription received, decrypted. */
  messages(id: string): Promise<ReceivedPush[]>;
  /** The browser dropped it: the push service answers 410 from now on. */
  drop(id: string): Promise<void>;
}

export function localPushServiceForFile(): LocalPushService {
  const local = {} as LocalPushService;
  beforeAll(async () => {
    local.server = await startSimulatorServer({ port: 0, modules: [pushServiceSimulator] });
    const keys = webpush.generateVAPIDKeys();
    local.vapid = { ...keys, subject: "mailto:drift@klarkraft.test" };
    const base = `${local.server.url}/push/v1/subscriptions`;
    local.subscribe = async (applicationServerKey = local.vapid.publicKey) => {
      const response = await fetch(base, { method: "POST", body: JSON.stringify({ applicationServerKey }) });
      return (await response.json()) as LocalSubscription;
    };
    local.messages = async (id) => {
      const response = await fetch(`${base}/${id}/messages`);
      return ((await response.json()) as { messages: ReceivedPush[] }).messages;
    };
    local.drop = async (id) => {
      await fetch(`${base}/${id}`, { method: "DELETE" });
    };
  });
  afterEach(() => local.server.faults.clear());
  afterAll(() => local.server.close());
  return local;
}
