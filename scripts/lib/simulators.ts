// Starts the registry simulator server (src/platform/registries/simulator) for the launcher and the
// `npm run simulators` script, when the portal is configured to use it.

import type { Env } from "@/platform/env";
import { SIMULATOR_MODULES } from "@/platform/registries/simulator/modules";
import { type SimulatorServer, startSimulatorServer } from "@/platform/registries/simulator/server";

/** The registry URLs that point at the local simulator port (the defaults outside production). */
export function registriesOnSimulator(config: Env): boolean {
  const local = [`http://127.0.0.1:${config.SIMULATOR_PORT}/`, `http://localhost:${config.SIMULATOR_PORT}/`];
  return [config.FOLKEREGISTER_URL, config.ELHUB_URL, config.EXPERIAN_URL, config.SPOT_PRICES_URL].some(
    (url) => local.some((prefix) => url.startsWith(prefix)),
  );
}

export function startSimulators(port: number, latencyMs = 0): Promise<SimulatorServer> {
  return startSimulatorServer({ port, modules: SIMULATOR_MODULES, latencyMs });
}
