// Starts the local stand-ins of outside services for the launcher and the `npm run simulators` script,
// when the portal is configured to use them: the registry simulator server
// (src/platform/registries/simulator) and the local BankID (src/platform/bankid/simulator).

import { BANKID_PROVIDER_ID } from "@/platform/bankid/claims";
import type { BankIdClient, BankIdSimulator } from "@/platform/bankid/simulator/server";
import { type Env, localBankIdIssuer } from "@/platform/env";
import { SIMULATOR_MODULES } from "@/platform/registries/simulator/modules";
import { type SimulatorServer, startSimulatorServer } from "@/platform/registries/simulator/server";

/** The registry URLs that point at the local simulator port (the defaults outside production). */
export function registriesOnSimulator(config: Env): boolean {
  const local = [`http://127.0.0.1:${config.SIMULATOR_PORT}/`, `http://localhost:${config.SIMULATOR_PORT}/`];
  return [
    config.FOLKEREGISTER_URL,
    config.ELHUB_URL,
    config.EXPERIAN_URL,
    config.SPOT_PRICES_URL,
    config.BANK_FILES_URL ?? "",
  ].some((url) => local.some((prefix) => url.startsWith(prefix)));
}

export function startSimulators(port: number, latencyMs = 0): Promise<SimulatorServer> {
  return startSimulatorServer({ port, modules: SIMULATOR_MODULES, latencyMs });
}

/** BANKID_ISSUER is the local BankID's address (the default outside production). */
export function bankIdOnSimulator(config: Env): boolean {
  return config.BANKID_ISSUER === localBankIdIssuer(config.BANKID_SIMULATOR_PORT);
}

/** The portal as a client of the local BankID: its configured id and secret, and its callback. */
export function portalAsBankIdClient(config: Env): BankIdClient {
  return {
    clientId: config.BANKID_CLIENT_ID,
    clientSecret: config.BANKID_CLIENT_SECRET,
    redirectUris: [`${config.APP_URL.replace(/\/+$/, "")}/api/auth/callback/${BANKID_PROVIDER_ID}`],
  };
}

/** The local BankID on BANKID_SIMULATOR_PORT, for the portal; faults in the ID token for the browser suite only. */
export async function startLocalBankId(
  config: Env,
  options: { allowTokenFaults?: boolean } = {},
): Promise<BankIdSimulator> {
  // Loaded only when started: a portal that signs in with the broker never loads oidc-provider.
  const { startBankIdSimulator } = await import("@/platform/bankid/simulator/server");
  return startBankIdSimulator({
    port: config.BANKID_SIMULATOR_PORT,
    clients: [portalAsBankIdClient(config)],
    allowTokenFaults: options.allowTokenFaults ?? false,
  });
}
