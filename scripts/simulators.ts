// npm run simulators: Folkeregisteret, Elhub and Experian as a local HTTP server with synthetic data,
// on SIMULATOR_PORT (default 3010), and the local BankID on BANKID_SIMULATOR_PORT (default 3012).
// `npm start` and `npm run dev` start them themselves when nothing listens there. `-- --latency=200`
// adds 200 ms to every registry answer.
import "./load-env";
import { env } from "@/platform/env";
import { SIMULATOR_MODULES } from "@/platform/registries/simulator/modules";
import { startLocalBankId, startSimulators } from "./lib/simulators";

const latency = Number(process.argv.find((a) => a.startsWith("--latency="))?.slice(10) ?? 0);
const simulator = await startSimulators(env().SIMULATOR_PORT, latency);
console.log(`Registry simulators listening on ${simulator.url}`);
for (const module of SIMULATOR_MODULES) console.log(`  ${simulator.url}/${module.name}`);
console.log(`Faults: POST ${simulator.url}/_simulator/faults {"api":"elhub","fault":"500","count":1}`);
const bankId = await startLocalBankId(env());
console.log(`Local BankID (OpenID Provider) on ${bankId.issuer}, for client ${env().BANKID_CLIENT_ID}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    await simulator.close();
    await bankId.close();
    process.exit(0);
  });
}
