// npm run bench:privacy
// The access copy (JSON) and the portability ZIP for one customer with three years of 15-minute
// readings (~105,000 rows): wall time and peak memory growth of each, printed. Goals: ≤ 5 s each on
// PostgreSQL, ≤ 100 MB growth. Runs against the configured database (DATABASE_URL, else the
// embedded one), adds a synthetic customer for the run and removes it afterwards.
import "./load-env";
import { norwegianGsrn } from "@/domain/gsrn";
import { migrateDatabase } from "@/server/database/migrate";
import { databaseConnection, db } from "@/server/db";
import { env } from "@/server/env";
import { accessCopyJson } from "@/server/services/privacy/access-copy";
import { ownerOf } from "@/server/services/privacy/customer-data";
import { portabilityZip } from "@/server/services/privacy/portability";

const YEARS = 3;
const MB = 1024 * 1024;

async function measure(name: string, produce: () => AsyncGenerator<string | Uint8Array>) {
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
  for await (const chunk of produce())
    bytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length;
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  console.log(
    `${name.padEnd(22)} ${seconds.toFixed(2).padStart(6)} s  ${(bytes / MB).toFixed(1).padStart(6)} MB out  ` +
      `peak RSS growth ${((peakRss - before.rss) / MB).toFixed(1).padStart(5)} MB  ` +
      `peak heap growth ${((peakHeap - before.heapUsed) / MB).toFixed(1).padStart(5)} MB`,
  );
}

const connection = databaseConnection();
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
    },
    select: { id: true },
  });
  const end = new Date();
  end.setUTCMinutes(0, 0, 0);
  const start = new Date(end);
  start.setUTCFullYear(start.getUTCFullYear() - YEARS);
  const rows = await db.$executeRaw`
    INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", "kwh", "quality")
    SELECT ${point.id}::uuid, t, 'PT15M', round((0.1 + random() * 0.6)::numeric, 4), 'MEASURED'
    FROM generate_series(${start}::timestamptz, ${end}::timestamptz - interval '15 minutes', interval '15 minutes') AS t`;
  const owner = await ownerOf(customerId);
  if (!owner) throw new Error("bench customer vanished");

  console.log(
    `bench:privacy on ${env().DATABASE_URL ? "PostgreSQL" : "embedded PGlite"}: ${rows.toLocaleString("en")} readings (${YEARS} years of 15-minute values)`,
  );
  console.log("goal: ≤ 5 s each on PostgreSQL, ≤ 100 MB peak memory growth");
  await measure("access copy (JSON)", () => accessCopyJson(owner));
  await measure("portability (ZIP)", () => portabilityZip(owner));
} catch (error) {
  console.error("Benchmark failed:", error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
} finally {
  if (customerId) {
    await db.meteringPoint.deleteMany({ where: { customerId } });
    await db.customer.delete({ where: { id: customerId } });
  }
  await connection.close();
}
process.exit();
