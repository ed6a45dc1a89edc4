// A registry simulator server of this test file's own, on a free port, and real clients pointed at it.
import { afterAll, afterEach, beforeAll } from "vitest";
import { createRegistries, type Registries, simulatorEndpoints } from "@/platform/registries/registries";
import type { SimulatorFault } from "@/platform/registries/simulator/faults";
import { SIMULATOR_MODULES } from "@/platform/registries/simulator/modules";
import { type SimulatorServer, startSimulatorServer } from "@/platform/registries/simulator/server";

export interface LocalSimulator {
  /** Real HTTP clients for the file's simulator: a short timeout so "timeout" faults end quickly. */
  registries: Registries;
  server: SimulatorServer;
  /** Queues a fault for the next `count` requests to one API. */
  fault(api: "folkeregister" | "elhub" | "experian", fault: SimulatorFault, count?: number): void;
}

/** Starts the simulator before the file's tests, clears queued faults after each, stops it at the end. */
export function localSimulatorForFile(options: { timeoutMs?: number } = {}): LocalSimulator {
  const local = {} as LocalSimulator;
  beforeAll(async () => {
    local.server = await startSimulatorServer({ port: 0, modules: SIMULATOR_MODULES });
    local.registries = createRegistries(simulatorEndpoints(local.server.url), {
      timeoutMs: options.timeoutMs ?? 1000,
      backoffMs: 20,
    });
    local.fault = (api, fault, count = 1) => local.server.faults.add(api, fault, count);
  });
  afterEach(() => local.server.faults.clear());
  afterAll(() => local.server.close());
  return local;
}
