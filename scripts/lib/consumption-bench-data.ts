// The generated data of `npm run bench:consumption`, for every bench that needs its volume (the billing
// run's too): a fresh database beside DATABASE_URL's, spot prices for NO1 over three years, customers
// with a metering point, a supply period and a spot contract from three years back, one point with
// three years of 15-minute readings, and readings for the others (hourly, or 15-minute at national
// scale) over the last full calendar year and this month so far, all generated inside PostgreSQL.
// As fast as PostgreSQL allows: generate_series straight into each month's partition (the readings are
// partitioned by Oslo month, the migration partition_readings_by_month), which skips the parent's
// statement triggers; the hourly rollup is computed set-based from the rows each statement inserted,
// the same pairing as consumption_hour_refresh() (the bench checks samples against it), and the months'
// hours versions raised as the triggers would (month-cost-cache.ts).
import pg from "pg";
import { addDays, addMonths, monthStart } from "@/platform/time/oslo-calendar";
import { loadMonth } from "./consumption-bench-months";

export interface BenchPoint {
  id: string;
  customerId: string;
  gsrn: string;
  /** The customer's number in the generated data: 0 has the 15-minute point, 1–1000 hourly ones. */
  n: number;
}

/** Drops and creates `<DATABASE_URL's database><suffix>`; its URL. */
export async function freshBenchDatabase(baseUrl: string, suffix: string): Promise<URL> {
  const url = new URL(baseUrl);
  const name = `${url.pathname.slice(1)}${suffix}`;
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return url;
}

/** Runs one generating statement and prints what it wrote and how long it took; the rows written. */
async function timed(sql: pg.Client, label: string, text: string): Promise<number> {
  const started = performance.now();
  const result = await sql.query(text);
  console.log(
    `  ${label}: ${result.rowCount?.toLocaleString("en")} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return result.rowCount ?? 0;
}

/** The customers 1…`customers` beside customer 0 (the 15-minute point), and their points' resolution. */
export interface BenchVolume {
  customers: number;
  resolution: "PT1H" | "PT15M";
}

/**
 * Prices, customers and the 15-minute point's readings; the other points' readings come from the
 * returned `load(from, to)` (customers from–to), so a bench can measure with part of them loaded.
 */
export async function generateConsumptionData(
  sql: pg.Client,
  today: string,
  volume: BenchVolume = { customers: 1000, resolution: "PT1H" },
) {
  const threeYearsAgo = addDays(today, -3 * 365);
  const lastFullYear = String(Number(today.slice(0, 4)) - 1);
  // Big statements: sorts and hashes in memory, no JIT compile (it costs more than it saves here).
  await sql.query(`SET work_mem = '256MB'; SET jit = off; SET synchronous_commit = off`);
  await sql.query(
    `SELECT consumption_ensure_months(date '${threeYearsAgo}'::timestamp AT TIME ZONE 'Europe/Oslo',
                                      (date '${today}' + 2)::timestamp AT TIME ZONE 'Europe/Oslo')`,
  );
  await timed(
    sql,
    "spot prices NO1 (hourly before 2025-10-01, quarters after)",
    `INSERT INTO "SpotPrice" ("priceArea", "intervalStart", "resolution", "priceOrePerKwh")
     SELECT 'NO1', ts, CASE WHEN ts < timestamptz '2025-09-30 22:00+00' THEN 'PT1H' ELSE 'PT15M' END::"Resolution",
            round((random() * 180 - 5)::numeric, 4)
     FROM generate_series(date '${threeYearsAgo}'::timestamp AT TIME ZONE 'Europe/Oslo',
                          (date '${today}' + 2)::timestamp AT TIME ZONE 'Europe/Oslo' - interval '15 minutes',
                          interval '15 minutes') AS ts
     WHERE ts >= timestamptz '2025-09-30 22:00+00' OR extract(minute FROM ts) = 0`,
  );
  // Customer 0 has the 15-minute point; customers 1–N one point each. Point ids are UUIDv7 as in the
  // schema (time-ordered: a point created later sorts later), here in the customers' order.
  await timed(
    sql,
    "customers, metering points, supply periods, contracts",
    `WITH c AS (
       INSERT INTO "Customer" (id, "firstName", "lastName", email, phone, street, "postalCode", city,
                               "nationalIdCiphertext", "nationalIdHash", "updatedAt")
       SELECT gen_random_uuid(), 'Bench', 'Kunde ' || i, 'bench' || i || '@example.com', '4000' || i, 'Benkveien ' || i,
              '0150', 'Oslo', 'bench-ciphertext-' || i, 'bench-hash-' || i, now()
       FROM generate_series(0, ${volume.customers}) AS i RETURNING id, "lastName"
     ), m AS (
       INSERT INTO "MeteringPoint" (id, gsrn, "meterNumber", street, "postalCode", city, "priceArea", "gridCompany",
                                    "municipalityNumber", "customerId", "updatedAt")
       SELECT overlay(overlay(lpad(to_hex(1767225600000 + substr(c."lastName", 7)::bigint), 12, '0')
                              || '70008000000000000000' placing '-' from 9 for 0) placing '-' from 14 for 0)::uuid,
              '707057500' || lpad(substr(c."lastName", 7), 9, '0'), 'M' || c."lastName", 'Benkveien',
              '0150', 'Oslo', 'NO1', 'Elvia', '0301', c.id, now()
       FROM c RETURNING id, "customerId"
     ), s AS (
       INSERT INTO "SupplyPeriod" (id, "customerId", "meteringPointId", "fromDate")
       SELECT gen_random_uuid(), m."customerId", m.id, date '${threeYearsAgo}' FROM m
     )
     INSERT INTO "Contract" (id, "customerId", "meteringPointId", product, "markupOrePerKwh", "monthlyFeeOre", status,
                             "startDate", "updatedAt")
     SELECT gen_random_uuid(), m."customerId", m.id, 'SPOT', 4.9, 4900, 'ACTIVE', date '${threeYearsAgo}', now() FROM m`,
  );
  await sql.query(`CREATE TABLE bench_point AS
    SELECT m.id, substr(c."lastName", 7)::int AS n FROM "MeteringPoint" m JOIN "Customer" c ON c.id = m."customerId"`);
  const points = (
    await sql.query<BenchPoint>(
      `SELECT m.id, m."customerId", m.gsrn, substr(c."lastName", 7)::int AS n
       FROM "MeteringPoint" m JOIN "Customer" c ON c.id = m."customerId" ORDER BY n`,
    )
  ).rows;
  const quarterPoint = points[0];
  if (!quarterPoint) throw new Error("No metering points were generated");
  let readingsSeeded = 0;
  /** Readings of customers from–to over Oslo dates [start, end), month partition by month partition. */
  const loadRange = async (from: number, to: number, resolution: string, start: string, end: string) => {
    const months = [];
    for (let month = monthStart(start); month < end; month = addMonths(month, 1)) {
      months.push({
        from: month < start ? start : month,
        to: addMonths(month, 1) < end ? addMonths(month, 1) : end,
      });
    }
    // The rows come from the points themselves: where the role may, skip the foreign key's check per
    // row (its trigger), as a bulk load from a trusted source does.
    const replica = await sql.query(`SET session_replication_role = replica`).then(
      () => true,
      () => false,
    );
    try {
      for (const month of months) {
        readingsSeeded += await loadMonth(sql, { ...month, customers: [from, to], resolution });
      }
    } finally {
      if (replica) await sql.query(`RESET session_replication_role`);
    }
    // What the parent's statement triggers would have done: each loaded month's hours version raised,
    // so a month cost stored before this load (warm-month-costs) is stale, as it would be in production.
    await sql.query(
      `INSERT INTO "ConsumptionMonthVersion" ("meteringPointId", "month", "version")
       SELECT m.id, mo.month, 1
       FROM "MeteringPoint" m JOIN "Customer" c ON c.id = m."customerId"
       CROSS JOIN unnest($3::date[]) AS mo(month)
       WHERE substr(c."lastName", 7)::int BETWEEN $1 AND $2
       ON CONFLICT ("meteringPointId", "month")
         DO UPDATE SET "version" = "ConsumptionMonthVersion"."version" + 1`,
      [from, to, months.map((m) => monthStart(m.from))],
    );
  };
  const started = performance.now();
  await loadRange(0, 0, "PT15M", threeYearsAgo, today);
  report("3 years of 15-minute readings on one metering point", readingsSeeded, started);
  // The others' readings cover what is measured on them: the last full year (the year view) and this
  // month so far (the page). A year back from today would leave most of last year empty.
  const load = async (from: number, to: number) => {
    const before = readingsSeeded;
    const began = performance.now();
    await loadRange(from, to, volume.resolution, `${lastFullYear}-01-01`, `${today.slice(0, 4)}-01-01`);
    await loadRange(from, to, volume.resolution, monthStart(today), today);
    report(
      `${volume.resolution === "PT15M" ? "15-minute" : "hourly"} readings in ${lastFullYear} and this month for customers ${from}–${to}, with their rollup`,
      readingsSeeded - before,
      began,
    );
  };
  return { points, quarterPoint, lastFullYear, load, readingsSeeded: () => readingsSeeded };
}

function report(label: string, rows: number, started: number): void {
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `  ${label}: ${rows.toLocaleString("en")} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en")} rows/s)`,
  );
}
