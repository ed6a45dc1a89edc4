import "server-only";
// The three registry clients, configured from env.ts (production: the real services; elsewhere the
// local simulator). Services take a `Registries` so that a test can point them at a simulator of its
// own; nothing replaces a client with a fake.
import { env } from "@/platform/env";
import { createElhubClient, type ElhubClient } from "./elhub/elhub";
import { createExperianClient, type ExperianClient } from "./experian/experian";
import { createFolkeregisterClient, type FolkeregisterClient } from "./folkeregister/folkeregister";
import { createSpotPriceClient, type SpotPriceClient } from "./spot-prices/spot-prices";

export interface Registries {
  folkeregister: FolkeregisterClient;
  elhub: ElhubClient;
  experian: ExperianClient;
  spotPrices: SpotPriceClient;
}

export interface RegistryEndpoints {
  folkeregister: { url: string; token: string };
  elhub: { url: string; token: string; senderGln: string };
  experian: { url: string; token: string };
  spotPrices: { url: string; token: string };
}

export interface RegistryCallOptions {
  timeoutMs: number;
  /** Extra attempts for idempotent look-ups. */
  retries?: number;
  backoffMs?: number;
}

export function createRegistries(endpoints: RegistryEndpoints, options: RegistryCallOptions): Registries {
  const common = {
    timeoutMs: options.timeoutMs,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 150,
  };
  const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
  return {
    folkeregister: createFolkeregisterClient({
      ...common,
      name: "folkeregister",
      baseUrl: endpoints.folkeregister.url,
      headers: bearer(endpoints.folkeregister.token),
    }),
    elhub: createElhubClient({
      ...common,
      name: "elhub",
      baseUrl: endpoints.elhub.url,
      headers: { ...bearer(endpoints.elhub.token), SenderGln: endpoints.elhub.senderGln },
    }),
    experian: createExperianClient({
      ...common,
      name: "experian",
      baseUrl: endpoints.experian.url,
      headers: bearer(endpoints.experian.token),
    }),
    spotPrices: createSpotPriceClient({
      ...common,
      name: "spot-prices",
      baseUrl: endpoints.spotPrices.url,
      headers: bearer(endpoints.spotPrices.token),
    }),
  };
}

/** Every registry on one simulator server (tests, the benchmark). */
export function simulatorEndpoints(baseUrl: string): RegistryEndpoints {
  return {
    folkeregister: { url: `${baseUrl}/folkeregister`, token: "simulator-token" },
    elhub: { url: `${baseUrl}/elhub`, token: "simulator-token", senderGln: "7080005051234" },
    experian: { url: `${baseUrl}/experian`, token: "simulator-token" },
    spotPrices: { url: `${baseUrl}/spotpriser`, token: "simulator-token" },
  };
}

let configured: Registries | undefined;

/** Integration tests only: the registries of the file's own simulator, for code that uses the default. */
export function overrideRegistriesForTests(clients: Registries): void {
  configured = clients;
}

/** The registries this server instance talks to, as configured in the environment. */
export function registries(): Registries {
  if (!configured) {
    const e = env();
    configured = createRegistries(
      {
        folkeregister: { url: e.FOLKEREGISTER_URL, token: e.FOLKEREGISTER_TOKEN },
        elhub: { url: e.ELHUB_URL, token: e.ELHUB_TOKEN, senderGln: e.ELHUB_SENDER_GLN },
        experian: { url: e.EXPERIAN_URL, token: e.EXPERIAN_TOKEN },
        spotPrices: { url: e.SPOT_PRICES_URL, token: e.SPOT_PRICES_TOKEN },
      },
      { timeoutMs: e.REGISTRY_TIMEOUT_MS },
    );
  }
  return configured;
}
