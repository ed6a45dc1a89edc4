// npm run bench:onboarding: the server time of the whole "Bli kunde" flow with 200 ms of simulated
// latency on every registry call, against the sum of the registry calls and their longest chain,
// and the database round-trips of each step. Runs the real services and HTTP clients against the
// simulator server, a mail sink and an in-memory embedded database of its own, from the moment BankID
// has identified the person (the identity provider's round trip is the browser's, not the server's).
// Prints figures; it is not a test. Checked: every flow completed, each made its customer and
// contract, round-trips were counted, and each step made the registry calls it names (counted at the
// simulator).
import "./load-env";
import os from "node:os";
import path from "node:path";
import {
  beginIdentifiedApplication,
  chooseMeteringPoint,
  completeApplication,
  confirmEmail,
  findApplication,
  runCreditCheck,
  saveContactDetails,
} from "@/features/onboarding/server";
import { openDatabase } from "@/platform/database/connection";
import { newPGlite } from "@/platform/database/embedded";
import { migrateDatabase } from "@/platform/database/migrate";
import { db, overrideDatabaseForTests } from "@/platform/db";
import { createRegistries, simulatorEndpoints } from "@/platform/registries/registries";
import { SIMULATOR_MODULES } from "@/platform/registries/simulator/modules";
import { SYNTHETIC_PEOPLE } from "@/platform/registries/simulator/people";
import { startSimulatorServer } from "@/platform/registries/simulator/server";
import { DAY_MS } from "@/platform/time/durations";
import { waitForMailTo } from "../tests/support/mail-inbox";
import { checkAtLeast, checkCount, exitOnBenchFailure, loadAverage } from "./lib/bench-check";
import { startMailSink } from "./lib/mail-sink";

exitOnBenchFailure("bench:onboarding");

const LATENCY_MS = 200;
const RUNS = 5;
/** Registry calls per step, and the longest chain of calls that depend on each other. */
const REGISTRY_CALLS = { identify: 1, contact: 0, confirm: 1, choose: 0, credit: 1, complete: 0 };
const SEQUENTIAL_MS = (REGISTRY_CALLS.identify + REGISTRY_CALLS.confirm + REGISTRY_CALLS.credit) * LATENCY_MS;
// Folkeregisteret, then Elhub at the address the person gives after it, then Experian.
const LONGEST_CHAIN_MS = 3 * LATENCY_MS;

// An in-memory database, counted: every statement PGlite is sent is one round-trip to PostgreSQL.
const pglite = newPGlite();
let roundTrips = 0;
const count = <F extends (...args: never[]) => unknown>(fn: F): F =>
  ((...args: Parameters<F>) => {
    roundTrips++;
    return fn(...args);
  }) as F;
pglite.query = count(pglite.query.bind(pglite));
pglite.exec = count(pglite.exec.bind(pglite));
const transaction = pglite.transaction.bind(pglite);
pglite.transaction = ((callback: Parameters<typeof transaction>[0]) => {
  roundTrips += 2; // BEGIN and COMMIT
  return transaction((tx) => {
    tx.query = count(tx.query.bind(tx));
    tx.exec = count(tx.exec.bind(tx));
    return callback(tx);
  });
}) as typeof pglite.transaction;

const connection = openDatabase({ pglite });
await migrateDatabase(connection);
// The services reach the database through db.ts; the bench points it at its own.
overrideDatabaseForTests(connection);

// Every registry call the simulator answers, counted.
let registryCalls = 0;
const countedModules = SIMULATOR_MODULES.map((module) => ({
  ...module,
  handle: (request: Parameters<typeof module.handle>[0]) => {
    registryCalls++;
    return module.handle(request);
  },
}));
const simulator = await startSimulatorServer({ port: 0, modules: countedModules });
const registries = createRegistries(simulatorEndpoints(simulator.url), { timeoutMs: 5000 });
const mailDir = path.join(os.tmpdir(), `bench-onboarding-mail-${process.pid}`);
const sink = await startMailSink({ port: 0, dir: mailDir });
const options = { registries, mail: { smtpUrl: `smtp://127.0.0.1:${sink.port}` } };

const people = SYNTHETIC_PEOPLE.filter(
  (p) => p.outcome === "Generert" && (p.score ?? 0) >= 20 && p.meteringPoints.length === 1,
).slice(0, 2 * RUNS + 1);

type Step = keyof typeof REGISTRY_CALLS;
const empty = (): Record<Step, number[]> => ({
  identify: [],
  contact: [],
  confirm: [],
  choose: [],
  credit: [],
  complete: [],
});
let timings = empty();
let trips = empty();
let calls = empty();

async function measure<T>(step: Step, run: () => Promise<T>): Promise<T> {
  const tripsBefore = roundTrips;
  const callsBefore = registryCalls;
  const started = performance.now();
  const result = await run();
  timings[step].push(performance.now() - started);
  trips[step].push(roundTrips - tripsBefore);
  calls[step].push(registryCalls - callsBefore);
  return result;
}

const startDate = new Date(Date.now() + 10 * DAY_MS).toISOString().slice(0, 10);
async function flow(i: number, person: (typeof people)[number]) {
  const started = await measure("identify", () =>
    beginIdentifiedApplication(
      {
        nationalId: person.nationalId,
        searchName: { firstName: person.firstName, lastName: person.lastName },
        method: "BANKID",
        consentedAt: new Date(),
      },
      options,
    ),
  );
  if (started.kind !== "application") throw new Error(`start: ${started.kind}`);
  const app = await findApplication(started.resumeToken);
  if (app?.status !== "IDENTITY_VERIFIED") throw new Error("identity not verified");
  const email = `bench${i}@example.com`;
  const contact = {
    email,
    phone: "+4741234567",
    street: `${person.streetName} ${person.buildingNumber}`,
    postalCode: person.place.postalCode,
    city: person.place.city,
  };
  const saved = await measure("contact", () => saveContactDetails(app.id, contact, options));
  if (!saved.ok) throw new Error(`contact: ${saved.reason}`);
  const code = /(\d{3}) ?(\d{3})/.exec((await waitForMailTo(mailDir, email, { timeoutMs: 5000 })).text);
  const confirmed = await measure("confirm", () => confirmEmail(app.id, `${code?.[1]}${code?.[2]}`, options));
  if (!confirmed.ok) throw new Error(`confirm: ${confirmed.reason}`);
  const gsrn = (await findApplication(started.resumeToken))?.meteringPointOptions?.[0]?.gsrn ?? "";
  await measure("choose", () => chooseMeteringPoint(app.id, gsrn, options));
  const credit = await measure("credit", () => runCreditCheck(app.id, options));
  if (!credit.ok || credit.decision.outcome !== "APPROVED") throw new Error("credit not approved");
  const done = await measure("complete", () =>
    completeApplication(
      app.id,
      {
        product: "SPOT",
        startDate,
        supplyStart: "within-withdrawal",
        password: "Benk og bord ved sjøen 2026",
      },
      options,
    ),
  );
  if (!done.ok) throw new Error(`complete: ${done.reason}`);
}

// First without latency: what the flow costs here (database, encryption, argon2, HTTP). Then with
// 200 ms on every registry answer: the difference is the time spent waiting for registries.
// One flow first to warm up (JIT, connection, first argon2), not counted.
const [warmUp, ...measured] = people;
if (!warmUp) throw new Error("no synthetic people to run");
await flow(0, warmUp);
timings = empty();
trips = empty();
calls = empty();
for (const [i, person] of measured.slice(0, RUNS).entries()) await flow(1 + i, person);
const baseline = timings;
timings = empty();
trips = empty();
calls = empty();
simulator.setLatency(LATENCY_MS);
for (const [i, person] of measured.slice(RUNS).entries()) await flow(1 + RUNS + i, person);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const LABELS: Record<Step, string> = {
  identify: "1-2 identified by BankID + Folkeregisteret",
  contact: "3a  contact details + code mailed",
  confirm: "3b  code confirmed + Elhub search",
  choose: "3   choose metering point",
  credit: "4   Experian credit check",
  complete: "5-6 customer, user, point, contract (argon2 incl.)",
};
console.log(
  `\nBli kunde, ${RUNS} runs, ${LATENCY_MS} ms simulated latency per registry call (median per step), ${loadAverage()}\n`,
);
console.log(
  `${"step".padEnd(52)} ${"server ms".padStart(10)} ${"registry calls".padStart(15)} ${"DB round-trips".padStart(15)}`,
);
let total = 0;
for (const step of Object.keys(LABELS) as Step[]) {
  const ms = median(timings[step]);
  total += ms;
  console.log(
    `${LABELS[step].padEnd(52)} ${ms.toFixed(0).padStart(10)} ${String(median(calls[step])).padStart(15)} ${String(median(trips[step])).padStart(15)}`,
  );
}
const baselineTotal = (Object.keys(LABELS) as Step[]).reduce((n, step) => n + median(baseline[step]), 0);
const flowTrips = Object.values(trips).reduce((n, t) => n + median(t), 0);
console.log(`\nwhole flow, server time:                     ${total.toFixed(0)} ms`);
console.log(`  the same flow without registry latency:    ${baselineTotal.toFixed(0)} ms`);
console.log(`  so waiting for registries took:            ${(total - baselineTotal).toFixed(0)} ms`);
console.log(`registry calls one after another (sum):      ${SEQUENTIAL_MS} ms`);
console.log(`longest chain of dependent registry calls:   ${LONGEST_CHAIN_MS} ms`);
console.log(`DB round-trips, whole flow:                  ${flowTrips}`);
const flows = 1 + 2 * RUNS;
checkCount("flows completed without latency", baseline.complete.length, RUNS);
checkCount("flows completed with latency", timings.complete.length, RUNS);
checkCount("customers the flows made", await db.customer.count(), flows);
checkCount("contracts the flows made", await db.contract.count(), flows);
checkAtLeast("DB round-trips counted in a flow", flowTrips, 1);
for (const step of Object.keys(LABELS) as Step[]) {
  const made = calls[step].filter((n) => n === REGISTRY_CALLS[step]).length;
  checkCount(`${step} steps that made their ${REGISTRY_CALLS[step]} registry calls`, made, RUNS);
}

await simulator.close();
await sink.close();
await connection.close();
