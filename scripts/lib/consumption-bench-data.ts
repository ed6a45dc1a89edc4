// The generated data of `npm run bench:consumption`, for every bench that needs its volume (the billing
// run's too): a fresh database beside DATABASE_URL's, spot prices for NO1 over three years, 1,001
// customers with a metering point, a supply period and a spot contract from three years back, one
// point with three years of 15-minute readings, and hourly readings for the others over the last full
// calendar year and this month so far, all generated inside PostgreSQL with generate_series.
import pg from "pg";
import { addDays, monthStart } from "@/platform/time/oslo-calendar";

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

/**
 * Prices, customers and the 15-minute point's readings; the hourly points' readings come from the
 * returned `hourly(from, to)` (customers from–to), so a bench can measure with part of them loaded.
 */
export async function generateConsumptionData(sql: pg.Client, today: string) {
  const threeYearsAgo = addDays(today, -3 * 365);
  const lastFullYear = String(Number(today.slice(0, 4)) - 1);
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
  // Customer 0 has the 15-minute point; customers 1–1000 one hourly point each.
  await timed(
    sql,
    "customers, metering points, supply periods, contracts",
    `WITH c AS (
       INSERT INTO "Customer" (id, "firstName", "lastName", email, phone, street, "postalCode", city,
                               "nationalIdCiphertext", "nationalIdHash", "updatedAt")
       SELECT gen_random_uuid(), 'Bench', 'Kunde ' || i, 'bench' || i || '@example.com', '4000' || i, 'Benkveien ' || i,
              '0150', 'Oslo', 'bench-ciphertext-' || i, 'bench-hash-' || i, now()
       FROM generate_series(0, 1000) AS i RETURNING id, "lastName"
     ), m AS (
       INSERT INTO "MeteringPoint" (id, gsrn, "meterNumber", street, "postalCode", city, "priceArea", "gridCompany",
                                    "municipalityNumber", "customerId", "updatedAt")
       SELECT gen_random_uuid(), '707057500' || lpad(substr(c."lastName", 7), 9, '0'), 'M' || c."lastName", 'Benkveien',
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
  const points = (
    await sql.query<BenchPoint>(
      `SELECT m.id, m."customerId", m.gsrn, substr(c."lastName", 7)::int AS n
       FROM "MeteringPoint" m JOIN "Customer" c ON c.id = m."customerId" ORDER BY n`,
    )
  ).rows;
  const quarterPoint = points[0];
  if (!quarterPoint) throw new Error("No metering points were generated");
  let readingsSeeded = await timed(
    sql,
    "3 years of 15-minute readings on one metering point",
    `INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", kwh)
     SELECT '${quarterPoint.id}'::uuid, ts, 'PT15M', round((random() * 0.8)::numeric, 4)
     FROM generate_series(date '${threeYearsAgo}'::timestamp AT TIME ZONE 'Europe/Oslo',
                          date '${today}'::timestamp AT TIME ZONE 'Europe/Oslo' - interval '15 minutes',
                          interval '15 minutes') AS ts`,
  );
  // The hourly points' readings cover what is measured on them: the last full year (the year view) and
  // this month so far (the page). A year back from today would leave most of last year empty.
  const hourlyRanges = [
    [`${lastFullYear}-01-01`, `${today.slice(0, 4)}-01-01`],
    [monthStart(today), today],
  ];
  const hourly = async (from: number, to: number) => {
    readingsSeeded += await timed(
      sql,
      `hourly readings in ${lastFullYear} and this month for customers ${from}–${to}`,
      `INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", kwh)
       SELECT m.id, ts, 'PT1H', round((random() * 3)::numeric, 4)
       FROM "MeteringPoint" m JOIN "Customer" c ON c.id = m."customerId"
       CROSS JOIN (${hourlyRanges
         .map(
           ([start, end]) =>
             `SELECT generate_series(date '${start}'::timestamp AT TIME ZONE 'Europe/Oslo',
                                     date '${end}'::timestamp AT TIME ZONE 'Europe/Oslo' - interval '1 hour',
                                     interval '1 hour') AS ts`,
         )
         .join(" UNION ALL ")}) AS hours
       WHERE substr(c."lastName", 7)::int BETWEEN ${from} AND ${to}`,
    );
  };
  return { points, quarterPoint, lastFullYear, hourly, readingsSeeded: () => readingsSeeded };
}
