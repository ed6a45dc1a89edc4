// npm run bench:admin: customer service's search and inbox on PostgreSQL with 100,000 synthetic
// customers. Makes a fresh database <DATABASE_URL's name>_bench_admin, fills it with generate_series
// (names with Norwegian letters, metering points, 20,000 inquiries), then times the services
// themselves (audit rows included): search p50/p95 per key, and the inbox page with 5 staff
// members at once. Prints figures; it is not a test. Goal: search p95 ≤ 100 ms.
// The name is searched by word start and by a part inside a name (a double surname's second half).
// Checked, beside the figures: the rows filled, every exact-key search finding its probe customer,
// every name search finding someone, and every inbox load listing a full page; exit code 1 if not.
import "./load-env";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { checkCount, exitOnBenchFailure, loadAverage } from "./lib/bench-check";

exitOnBenchFailure("bench:admin");

const CUSTOMERS = 100_000;
const INQUIRIES = 20_000;
const RUNS_PER_KEY = 60;
const STAFF = 5;
const INBOX_LOADS_PER_STAFF = 40;
const GOAL_MS = 100;

const baseUrl = process.env.DATABASE_URL;
if (!baseUrl) {
  console.error(
    "bench:admin needs PostgreSQL: set DATABASE_URL (its database name gets a _bench_admin twin).",
  );
  process.exit(2);
}
const url = new URL(baseUrl);
const benchName = `${url.pathname.slice(1)}_bench_admin`;
const admin = new pg.Client({ connectionString: baseUrl });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${benchName}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${benchName}"`);
await admin.end();
url.pathname = `/${benchName}`;
// The app's modules read DATABASE_URL at first use: point them at the bench database first.
process.env.DATABASE_URL = url.toString();

const { openDatabase } = await import("@/platform/database/connection");
const { migrateDatabase } = await import("@/platform/database/migrate");
const migration = openDatabase({ url: url.toString() });
await migrateDatabase(migration);
await migration.close();

const { db } = await import("@/platform/db");
const { nationalIdBlindIndex } = await import("@/platform/crypto/national-id");
const { syntheticNationalId } = await import("@/platform/identifiers/national-id");
const { norwegianGsrn } = await import("@/platform/identifiers/gsrn");
const { searchCustomers } = await import("@/features/customers/server/customer-search");
const { listInbox } = await import("@/features/inquiries/server/inquiry-inbox");
const { INBOX_PAGE_SIZE } = await import("@/features/inquiries/domain/inquiries");

const FIRST = [
  "Kari",
  "Ola",
  "Pål",
  "Åse",
  "Søren",
  "Ingrid",
  "Lars",
  "Sofie",
  "Bjørn",
  "Kjærsti",
  "Nils",
  "Marte",
  "Øystein",
  "Hanne",
  "Jon",
  "Sigrid",
  "Emil",
  "Thea",
  "Håkon",
  "Liv",
];
const LAST = [
  "Nordmann",
  "Hansen",
  "Johansen",
  "Olsen",
  "Larsen",
  "Andersen",
  "Pedersen",
  "Nilsen",
  "Kristiansen",
  "Jensen",
  "Karlsen",
  "Johnsen",
  "Pettersen",
  "Eriksen",
  "Berg",
  "Haugen",
  "Hagen",
  "Johannessen",
  "Andreassen",
  "Jacobsen",
  "Dahl",
  "Jørgensen",
  "Halvorsen",
  "Henriksen",
  "Lund",
  "Sørensen",
  "Jakobsen",
  "Moen",
  "Gundersen",
  "Iversen",
  "Strand",
  "Solberg",
  "Svendsen",
  "Eide",
  "Knutsen",
  "Martinsen",
  "Paulsen",
  "Bakken",
  "Kristoffersen",
  "Mathisen",
  "Lie",
  "Amundsen",
  "Nguyen",
  "Rasmussen",
  "Ali",
  "Lunde",
  "Solheim",
  "Berge",
  "Moe",
  "Nygård",
  "Bakke",
  "Kristensen",
  "Fredriksen",
  "Holm",
  "Lien",
  "Hauge",
  "Christensen",
  "Andresen",
  "Nielsen",
  "Knudsen",
  "Evensen",
  "Sæther",
  "Aas",
  "Myhre",
  "Hanssen",
  "Ahmed",
  "Haugland",
  "Thomassen",
  "Sivertsen",
  "Simonsen",
  "Danielsen",
  "Berntsen",
  "Sandvik",
  "Rønning",
  "Arnesen",
  "Antonsen",
  "Næss",
  "Vik",
  "Haug",
  "Ellingsen",
  "Thorsen",
  "Edvardsen",
  "Birkeland",
  "Isaksen",
  "Gulbrandsen",
  "Ruud",
  "Aasen",
  "Strøm",
  "Myklebust",
  "Tangen",
  "Ødegård",
  "Eliassen",
  "Helland",
  "Bøe",
  "Jenssen",
  "Aune",
  "Mikkelsen",
  "Tveit",
  "Brekke",
  "Abrahamsen",
];
const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(",")}]`;

console.log(`Filling ${benchName} with ${CUSTOMERS.toLocaleString("en")} customers …`);
const fillStart = performance.now();
// Ten thousand distinct surnames: the list above with a number-free suffix for most rows, as real
// surnames spread; first names stay common, which is the hard case for a name search.
await db.$executeRawUnsafe(`
  INSERT INTO "Customer" (id, "firstName", "lastName", email, phone, street, "postalCode", city,
                          "nationalIdCiphertext", "nationalIdHash", status, "updatedAt")
  SELECT gen_random_uuid(),
         (${sqlArray(FIRST)})[1 + i % ${FIRST.length}],
         (${sqlArray(LAST)})[1 + (i / ${FIRST.length}) % ${LAST.length}]
           || CASE WHEN i % 3 = 0 THEN '' ELSE '-' || (${sqlArray(LAST)})[1 + (i * 7) % ${LAST.length}] END,
         'kunde' || i || '@example.com',
         '+47 4' || lpad((i % 10000000)::text, 7, '0'),
         'Benkveien ' || (i % 200 + 1), '0150', 'Oslo',
         'bench-not-a-ciphertext', md5('bench-' || i) || md5('hash-' || i),
         'ACTIVE', now()
  FROM generate_series(1, ${CUSTOMERS}) AS i`);
await db.$executeRawUnsafe(`
  INSERT INTO "MeteringPoint" (id, gsrn, "meterNumber", street, "postalCode", city, "priceArea", "gridCompany",
                               "customerId", "updatedAt")
  SELECT gen_random_uuid(), '707057500' || lpad(c."customerNumber"::text, 8, '0') || '0',
         'MB' || lpad(c."customerNumber"::text, 10, '0'), c.street, c."postalCode", c.city, 'NO1', 'Elvia AS', c.id, now()
  FROM "Customer" c`);
await db.$executeRawUnsafe(`
  INSERT INTO "Inquiry" (id, "customerId", subject, status, "createdAt", "updatedAt", "closedAt")
  SELECT gen_random_uuid(), c.id, 'Spørsmål ' || c."customerNumber",
         (ARRAY['OPEN','ANSWERED','CLOSED','CLOSED'])[1 + c."customerNumber" % 4]::"InquiryStatus",
         now() - (c."customerNumber" || ' minutes')::interval, now(),
         CASE WHEN c."customerNumber" % 4 >= 2 THEN now() END
  FROM "Customer" c WHERE c."customerNumber" <= ${INQUIRIES}`);
await db.$executeRawUnsafe(`
  INSERT INTO "InquiryMessage" (id, "inquiryId", author, body, "createdAt")
  SELECT gen_random_uuid(), q.id, a.author::"MessageAuthor", 'Syntetisk melding', q."createdAt" + a.n * interval '1 hour'
  FROM "Inquiry" q CROSS JOIN (VALUES (0, 'CUSTOMER'), (1, 'STAFF')) AS a(n, author)`);

// Probe customers: real keys for national ID (keyed hash) and valid metering point IDs.
const probes = await db.customer.findMany({
  where: { customerNumber: { in: Array.from({ length: RUNS_PER_KEY }, (_, i) => 1 + i * 1601) } },
  select: { id: true, customerNumber: true, email: true, phone: true },
});
/** A synthetic number for probe i: the first individual number from 100 up that gives valid control digits. */
function probeNationalId(i: number): string {
  const birthDate = { y: 1950 + (i % 40), m: 1 + (i % 12), d: 1 + (i % 28) };
  for (let individual = 100; individual < 500; individual++) {
    try {
      return syntheticNationalId(birthDate, individual);
    } catch {
      // This individual number gives no valid control digit: try the next.
    }
  }
  throw new Error(`no synthetic national ID for probe ${i}`);
}
const nationalIds: string[] = [];
for (const [i, probe] of probes.entries()) {
  const nationalId = probeNationalId(i);
  nationalIds.push(nationalId);
  await db.customer.update({
    where: { id: probe.id },
    data: { nationalIdHash: nationalIdBlindIndex(nationalId) },
  });
  await db.meteringPoint.updateMany({
    where: { customerId: probe.id },
    data: { gsrn: norwegianGsrn(probe.customerNumber) },
  });
}
await db.$executeRawUnsafe("ANALYZE");
console.log(`Filled in ${((performance.now() - fillStart) / 1000).toFixed(1)} s.`);
checkCount("customers", await db.customer.count(), CUSTOMERS);
checkCount("inquiries", await db.inquiry.count(), INQUIRIES);
checkCount("probe customers", probes.length, RUNS_PER_KEY);
console.log("");

const staffUser = await db.user.create({
  data: {
    email: "bench-staff@example.com",
    passwordHash: "not-a-hash",
    role: "SUPPORT",
    displayName: "Bench",
  },
  select: { id: true },
});
const staff = { userId: staffUser.id, role: "SUPPORT" as const };

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}
const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

const names = ["hans", "nord", "kari ber", "pal", "soren", "bjorn l", "aas", "ødegård", "jakob", "ola han"];
// Parts inside a name: the second half of a double surname, and pieces of a word.
const parts = [
  "olsen",
  "ansen",
  "kari dahl",
  "rgens",
  "myklebust",
  "lie",
  "sæther",
  "nnes",
  "ola strøm",
  "vik",
];
/** A search, and the customer number it must list when it is one probe customer's exact key. */
interface Query {
  q: string;
  probe?: number;
}
const repeat = (values: string[]): Query[] =>
  Array.from({ length: RUNS_PER_KEY }, (_, i) => ({ q: values[i % values.length] ?? "" }));
const byProbe = (key: (p: (typeof probes)[number], i: number) => string): Query[] =>
  probes.map((p, i) => ({ q: key(p, i), probe: p.customerNumber }));
const queries: Record<string, Query[]> = {
  "name (word start, folded)": repeat(names),
  "name (part of a name)": repeat(parts),
  "e-mail": byProbe((p) => (p.email ?? "").toUpperCase()),
  mobile: byProbe((p) => p.phone ?? ""),
  "national ID (keyed hash)": byProbe((_, i) => nationalIds[i] ?? ""),
  "metering point ID": byProbe((p) => norwegianGsrn(p.customerNumber)),
  "meter number": byProbe((p) => `MB${String(p.customerNumber).padStart(10, "0")}`),
  "customer number": byProbe((p) => String(p.customerNumber)),
};

console.log(`Machine ${loadAverage()}.`);
console.log(`Search, ${RUNS_PER_KEY} runs per key, one staff member (audit rows written as in production):`);
let worst = 0;
for (const [key, values] of Object.entries(queries)) {
  // One warm-up so that the first run's plan and connection set-up do not count.
  await searchCustomers(staff, { q: values[0]?.q ?? "", reason: "inquiry" });
  const times: number[] = [];
  let found = 0;
  for (const { q, probe } of values) {
    const start = performance.now();
    const outcome = await searchCustomers(staff, { q, reason: "inquiry" });
    times.push(performance.now() - start);
    const wanted =
      probe === undefined ? outcome.total > 0 : outcome.results.some((r) => r.customerNumber === probe);
    if (wanted) found++;
  }
  const p95 = percentile(times, 95);
  worst = Math.max(worst, p95);
  console.log(
    `  ${key.padEnd(26)} p50 ${ms(percentile(times, 50))}   p95 ${ms(p95)}   (${found}/${values.length} found)`,
  );
  const what = values[0]?.probe === undefined ? "someone" : "their probe customer";
  checkCount(`${key} searches that found ${what}`, found, values.length);
}
console.log(
  `  worst p95 ${worst.toFixed(1)} ms: ${worst <= GOAL_MS ? "within" : "OVER"} the ${GOAL_MS} ms goal\n`,
);

console.log(
  `Inbox page (open threads, random page), ${STAFF} staff at once, ${INBOX_LOADS_PER_STAFF} loads each:`,
);
await listInbox(staff, "OPEN", 1);
const inboxTimes: number[] = [];
let fullPages = 0;
const inboxStart = performance.now();
await Promise.all(
  Array.from({ length: STAFF }, async (_, worker) => {
    for (let i = 0; i < INBOX_LOADS_PER_STAFF; i++) {
      const start = performance.now();
      const inbox = await listInbox(
        { ...staff },
        (["OPEN", "ANSWERED", "CLOSED"] as const)[(worker + i) % 3] ?? "OPEN",
        1 + ((worker * 7 + i * 13) % 150),
      );
      inboxTimes.push(performance.now() - start);
      if (inbox.rows.length === INBOX_PAGE_SIZE) fullPages++;
    }
  }),
);
const seconds = (performance.now() - inboxStart) / 1000;
console.log(
  `  p50 ${ms(percentile(inboxTimes, 50))}   p95 ${ms(percentile(inboxTimes, 95))}   ` +
    `(${inboxTimes.length} loads in ${seconds.toFixed(1)} s, ${(inboxTimes.length / seconds).toFixed(0)} loads/s)`,
);
checkCount(
  `inbox loads that listed a full page of ${INBOX_PAGE_SIZE} threads`,
  fullPages,
  STAFF * INBOX_LOADS_PER_STAFF,
);
console.log(`At the end: ${loadAverage()}.`);

await db.$disconnect();
process.exit(0);
