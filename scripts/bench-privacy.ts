// npm run bench:privacy
// The access copy (JSON) and the portability ZIP for one customer with three years of 15-minute
// readings inside their supply period (~105,000 rows): wall time and peak memory growth of each,
// printed. Goals: ≤ 5 s each on PostgreSQL, ≤ 100 MB growth. Runs against the configured database
// (DATABASE_URL, else the embedded one), adds a synthetic customer for the run and removes it
// afterwards. A week of a previous tenant's readings before the supply period must stay out: the
// bench counts the readings in each export and fails unless they are exactly the customer's own.
// Peak heap growth includes garbage V8 has not collected yet: with a default heap it grows toward
// the budget however little is held. NODE_OPTIONS=--max-old-space-size=96 shows what an export
// holds (the check afterwards parses the whole copy, which needs about that much).
import "./load-env";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { accessCopyJson } from "@/features/privacy/server/access-copy";
import { ownerOf } from "@/features/privacy/server/customer-data";
import { portabilityZip } from "@/features/privacy/server/portability";
import { migrateDatabase } from "@/platform/database/migrate";
import { databaseConnection, db } from "@/platform/db";
import { env } from "@/platform/env";
import { norwegianGsrn } from "@/platform/identifiers/gsrn";
import { addDays, addMonths, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { checkAtLeast, checkCount, loadAverage, reportBenchFailure } from "./lib/bench-check";
import { openOrExplain } from "./lib/command-database";

const YEARS = 3;
const MB = 1024 * 1024;

/**
 * Runs one export to a file, as a response would send it, and prints its time, size and peak memory
 * growth. The file is read back afterwards, outside the measurement, to count what it holds.
 */
async function measure(name: string, file: string, produce: () => AsyncGenerator<string | Uint8Array>) {
  const out = await fs.open(file, "w");
  global.gc?.();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  const sampler = setInterval(() => {
    const now = process.memoryUsage();
    peakRss = Math.max(peakRss, now.rss);
    peakHeap = Math.max(peakHeap, now.heapUsed);
  }, 10);
  const started = performance.now();
  let bytes = 0;
  for await (const chunk of produce()) {
    const data = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    bytes += data.length;
    await out.write(data);
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  await out.close();
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  console.log(
    `${name.padEnd(22)} ${seconds.toFixed(2).padStart(6)} s  ${(bytes / MB).toFixed(1).padStart(6)} MB out  ` +
      `peak RSS growth ${((peakRss - before.rss) / MB).toFixed(1).padStart(5)} MB  ` +
      `peak heap growth ${((peakHeap - before.heapUsed) / MB).toFixed(1).padStart(5)} MB`,
  );
}

interface CopyTable {
  table: string;
  rows: unknown[];
}

/** The number of readings in each place of the access copy that lists the reading table. */
async function readingsInAccessCopy(file: string): Promise<number[]> {
  const copy = JSON.parse(await fs.readFile(file, "utf8")) as {
    categories: { fields: { tables: CopyTable[] }[] }[];
  };
  return copy.categories
    .flatMap((c) => c.fields.flatMap((f) => f.tables))
    .filter((t) => t.table === "ConsumptionReading")
    .map((t) => t.rows.length);
}

/** The readings in the ZIP's forbruk.csv (lines after the header) and forbruk.json. */
async function readingsInZip(file: string): Promise<{ csv: number; json: number }> {
  const files = unzipSync(await fs.readFile(file));
  const csv = new TextDecoder().decode(files["forbruk.csv"] ?? new Uint8Array());
  const json = new TextDecoder().decode(files["forbruk.json"] ?? new Uint8Array());
  return {
    csv: csv.split("\r\n").filter((line) => line !== "").length - 1,
    json: json === "" ? 0 : (JSON.parse(json) as unknown[]).length,
  };
}

const connection = openOrExplain(databaseConnection);
const workDir = await fs.mkdtemp(path.join(os.tmpdir(), "bench-privacy-"));
let customerId: string | null = null;
try {
  await migrateDatabase(connection);
  const customer = await db.customer.create({
    data: {
      firstName: "Benk",
      lastName: "Måling",
      email: `bench-${Date.now()}@example.com`,
      phone: "+47 40000000",
      street: "Benkeveien 1",
      postalCode: "0150",
      city: "Oslo",
    },
    select: { id: true },
  });
  customerId = customer.id;
  const today = osloDate(new Date());
  const supplyFrom = addMonths(today, -12 * YEARS);
  const point = await db.meteringPoint.create({
    data: {
      gsrn: norwegianGsrn(90_000_000 + Math.floor(Math.random() * 9_000_000)),
      meterNumber: "BENK-1",
      street: "Benkeveien 1",
      postalCode: "0150",
      city: "Oslo",
      priceArea: "NO1",
      gridCompany: "Elvia AS",
      customerId,
      // The exports follow supply periods: without one the customer has no readings at all.
      supplyPeriods: { create: { customerId, fromDate: new Date(supplyFrom) } },
    },
    select: { id: true },
  });
  await db.$queryRaw`SELECT consumption_ensure_months(${osloMidnight(addDays(supplyFrom, -7))}::timestamptz,
    ${osloMidnight(today)}::timestamptz)::text`;
  const seeded = await db.$executeRaw`
    INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", "kwh", "quality")
    SELECT ${point.id}::uuid, t, 'PT15M', round((0.1 + random() * 0.6)::numeric, 4), 'MEASURED'
    FROM generate_series(${osloMidnight(addDays(supplyFrom, -7))}::timestamptz,
                         ${osloMidnight(today)}::timestamptz - interval '15 minutes', interval '15 minutes') AS t`;
  const own = await db.consumptionReading.count({
    where: { meteringPointId: point.id, intervalStart: { gte: osloMidnight(supplyFrom) } },
  });
  const owner = await ownerOf(customerId);
  if (!owner) throw new Error("bench customer vanished");

  console.log(
    `bench:privacy on ${env().DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}, ${loadAverage()}: ` +
      `${own.toLocaleString("en")} readings in the supply period from ${supplyFrom} (${YEARS} years of ` +
      `15-minute values), ${(seeded - own).toLocaleString("en")} of a previous tenant before it`,
  );
  console.log("goal: ≤ 5 s each on PostgreSQL, ≤ 100 MB peak memory growth");
  const copyFile = path.join(workDir, "innsyn.json");
  const zipFile = path.join(workDir, "dataportabilitet.zip");
  await measure("access copy (JSON)", copyFile, () => accessCopyJson(owner));
  await measure("portability (ZIP)", zipFile, () => portabilityZip(owner));
  const places = await readingsInAccessCopy(copyFile);
  checkAtLeast("places of readings in the access copy", places.length, 1);
  for (const [i, rows] of places.entries()) checkCount(`access copy readings, place ${i + 1}`, rows, own);
  const zip = await readingsInZip(zipFile);
  checkCount("ZIP forbruk.csv rows", zip.csv, own);
  checkCount("ZIP forbruk.json readings", zip.json, own);
  console.log(`load average at the end: ${loadAverage()}`);
} catch (error) {
  reportBenchFailure("bench:privacy", error);
} finally {
  if (customerId) {
    await db.supplyPeriod.deleteMany({ where: { customerId } });
    await db.meteringPoint.deleteMany({ where: { customerId } });
    await db.customer.delete({ where: { id: customerId } });
  }
  await fs.rm(workDir, { recursive: true, force: true });
  await connection.close();
}
process.exit();
