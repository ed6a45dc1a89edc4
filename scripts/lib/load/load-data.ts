// The database of `npm run bench:load` and `npm run bench:instances`: the demo seed (staff with their
// authenticator, the demo customers) plus `customers` bench customers from the consumption bench's
// generator (scripts/lib/consumption-bench-data.ts), each given what a journey opens: a password login
// (one argon2 hash, the demo customers', copied to all), hourly readings over the last full year and this
// month (customer 0: three years of 15-minute readings), the last full year's invoices from the billing
// run itself, and a message thread answered by customer service.
import pg from "pg";
import { checkAtLeast, checkCount } from "../bench-check";
import { freshBenchDatabase, generateConsumptionData } from "../consumption-bench-data";

export interface LoadCustomer {
  n: number;
  customerId: string;
  email: string;
  /** The customer's name as staff search for it and the customer card shows it. */
  lastName: string;
}

export interface LoadData {
  url: URL;
  customers: LoadCustomer[];
  /** The last full calendar year ("2025"): the year view and the invoices cover it. */
  lastFullYear: string;
}

/** Drops and fills `<DATABASE_URL's name>_bench_load`; the app modules must read DATABASE_URL after this. */
export async function prepareLoadDatabase(baseUrl: string, customers: number): Promise<LoadData> {
  const url = await freshBenchDatabase(baseUrl, "_bench_load");
  process.env.DATABASE_URL = url.toString();
  const { databaseConnection } = await import("@/platform/db");
  const { migrateDatabase } = await import("@/platform/database/migrate");
  const { seedDemoData } = await import("../../../prisma/seed/demo-data");
  const { runBilling } = await import("@/features/invoices/server");
  const { osloDate } = await import("@/platform/time/oslo-calendar");
  const connection = databaseConnection();
  await migrateDatabase(connection);
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  try {
    // The generator first: it reads every customer's number from their name, so it runs before the seed.
    const generated = await generateConsumptionData(sql, osloDate(new Date()));
    // Only the customers a run signs in: the billing runs price every contract.
    await sql.query(
      `WITH gone AS (SELECT id FROM "Customer" WHERE substr("lastName", 7)::int > $1),
            c AS (DELETE FROM "Contract" WHERE "customerId" IN (SELECT id FROM gone)),
            s AS (DELETE FROM "SupplyPeriod" WHERE "customerId" IN (SELECT id FROM gone))
       DELETE FROM "MeteringPoint" WHERE "customerId" IN (SELECT id FROM gone)`,
      [customers],
    );
    await sql.query(`DELETE FROM "Customer" WHERE substr("lastName", 7)::int > $1`, [customers]);
    await generated.load(1, customers);
    // The seed writes its own prices for every area over its two years; the generator's would collide.
    await sql.query(`DELETE FROM "SpotPrice"`);
    const seeded = await seedDemoData(connection.prisma);
    console.log(
      `  demo seed: ${seeded.users} users, ${seeded.invoices} invoices (its billing run held the bench customers' months without readings)`,
    );
    await sql.query(
      `INSERT INTO "User" (id, email, "passwordHash", role, "customerId", "updatedAt")
       SELECT gen_random_uuid(), c.email, (SELECT "passwordHash" FROM "User" WHERE role = 'CUSTOMER' LIMIT 1),
              'CUSTOMER', c.id, now()
       FROM "Customer" c WHERE c."lastName" LIKE 'Kunde %'`,
    );
    await insertThreads(sql);
    await giveNationalIds(sql);
    let invoices = 0;
    for (let month = 1; month <= 12; month++) {
      const key = `${generated.lastFullYear}-${String(month).padStart(2, "0")}`;
      invoices += (await runBilling(key)).issued;
    }
    console.log(`  billing run over ${generated.lastFullYear}: ${invoices} invoices issued`);
    const rows = (
      await sql.query<LoadCustomer>(
        `SELECT substr(c."lastName", 7)::int AS n, c.id AS "customerId", c.email, c."lastName"
         FROM "Customer" c JOIN "User" u ON u."customerId" = c.id
         WHERE c."lastName" LIKE 'Kunde %' ORDER BY n`,
      )
    ).rows;
    checkCount("bench customers who can sign in", rows.length, customers + 1);
    const perCustomer = await sql.query<{ invoices: string; threads: string; readings: string }>(
      `SELECT min((SELECT count(*) FROM "Invoice" i WHERE i."customerId" = c.id))::text AS invoices,
              min((SELECT count(*) FROM "Inquiry" q WHERE q."customerId" = c.id))::text AS threads,
              min((SELECT count(*) FROM "ConsumptionReading" r JOIN "MeteringPoint" m ON m.id = r."meteringPointId"
                   WHERE m."customerId" = c.id))::text AS readings
       FROM "Customer" c WHERE c."lastName" LIKE 'Kunde %'`,
    );
    const least = perCustomer.rows[0];
    checkAtLeast("invoices of the bench customer with the fewest", Number(least?.invoices), 12);
    checkAtLeast("message threads of the bench customer with the fewest", Number(least?.threads), 1);
    checkAtLeast("readings of the bench customer with the fewest", Number(least?.readings), 8760);
    await sql.query("ANALYZE");
    return { url, customers: rows, lastFullYear: generated.lastFullYear };
  } finally {
    await sql.end();
    await connection.close();
  }
}

/**
 * Real encrypted national IDs (synthetic numbers) for the bench customers: the generator's placeholder
 * ciphertext would fail to decrypt on the staff's customer card.
 */
async function giveNationalIds(sql: pg.Client): Promise<void> {
  const { encryptNationalId, nationalIdBlindIndex } = await import("@/platform/crypto/national-id");
  const { syntheticNationalId } = await import("@/platform/identifiers/national-id");
  const { rows } = await sql.query<{ id: string; n: number }>(
    `SELECT id, substr("lastName", 7)::int AS n FROM "Customer" WHERE "lastName" LIKE 'Kunde %'`,
  );
  for (const { id, n } of rows) {
    const birthDate = { y: 1950 + (n % 40), m: 1 + (n % 12), d: 1 + (n % 28) };
    let nationalId: string | undefined;
    for (let individual = 100; !nationalId && individual < 500; individual++) {
      try {
        nationalId = syntheticNationalId(birthDate, individual);
      } catch {
        // No valid control digits for this individual number: the next one.
      }
    }
    if (!nationalId) throw new Error(`No synthetic national ID for bench customer ${n}`);
    await sql.query(
      `UPDATE "Customer" SET "nationalIdCiphertext" = $1, "nationalIdHash" = $2 WHERE id = $3`,
      [encryptNationalId(nationalId), nationalIdBlindIndex(nationalId), id],
    );
  }
}

/** A question about the invoice and customer service's answer, for each bench customer. */
async function insertThreads(sql: pg.Client): Promise<void> {
  await sql.query(
    `WITH q AS (
       INSERT INTO "Inquiry" (id, "customerId", subject, status, "createdAt", "updatedAt")
       SELECT gen_random_uuid(), c.id, 'Spørsmål om fakturaen', 'ANSWERED', now() - interval '12 days',
              now() - interval '11 days'
       FROM "Customer" c WHERE c."lastName" LIKE 'Kunde %' RETURNING id, "createdAt"
     )
     INSERT INTO "InquiryMessage" (id, "inquiryId", author, "authorUserId", body, "createdAt")
     SELECT gen_random_uuid(), q.id, 'CUSTOMER'::"MessageAuthor", NULL::uuid,
            'Hei! Fakturaen for forrige måned er høyere enn jeg hadde ventet. Kan dere se på forbruket?', q."createdAt"
     FROM q
     UNION ALL
     SELECT gen_random_uuid(), q.id, 'STAFF'::"MessageAuthor", (SELECT id FROM "User" WHERE role = 'SUPPORT' LIMIT 1),
            'Hei, vi har sjekket målerverdiene fra Elhub, og forbruket stemmer. Vennlig hilsen kundeservice',
            q."createdAt" + interval '1 day'
     FROM q`,
  );
}

/**
 * A session for each staff member with an authenticator, as if they had just passed the second factor
 * (the bench drives no authenticator app): rows in AuthSession and the cookie Auth.js would set.
 */
export async function mintStaffCookies(url: URL, authSecret: string): Promise<string[]> {
  const { encode } = await import("next-auth/jwt");
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  try {
    const sessions = await sql.query<{ id: string }>(
      `INSERT INTO "AuthSession" (id, "userId", "createdAt", "lastSeenAt", "expiresAt", "deviceLabel",
                                  "secondFactorVerifiedAt")
       SELECT gen_random_uuid(), u.id, now(), now(), now() + interval '1 day', 'bench:load', now()
       FROM "User" u JOIN "TotpCredential" t ON t."userId" = u.id WHERE u.role <> 'CUSTOMER' RETURNING id`,
    );
    checkAtLeast("staff sessions minted", sessions.rows.length, 1);
    return Promise.all(
      sessions.rows.map(
        async ({ id }) =>
          `authjs.session-token=${await encode({ token: { sid: id }, secret: authSecret, salt: "authjs.session-token" })}`,
      ),
    );
  } finally {
    await sql.end();
  }
}

/** The last Oslo day with readings of bench customer 1 (an hourly one). */
export async function lastMeteredDay(url: URL): Promise<string> {
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ day: string }>(
      `SELECT to_char(max(r."intervalStart" AT TIME ZONE 'Europe/Oslo'), 'YYYY-MM-DD') AS day
       FROM "ConsumptionReading" r JOIN "MeteringPoint" m ON m.id = r."meteringPointId"
       JOIN "Customer" c ON c.id = m."customerId" WHERE c."lastName" = 'Kunde 1'`,
    );
    const day = rows[0]?.day;
    if (!day) throw new Error("Bench customer 1 has no readings");
    return day;
  } finally {
    await sql.end();
  }
}

/** The bench customers of a database an earlier run prepared (for `--url` and `--reuse`). */
export async function readLoadData(url: URL): Promise<LoadData> {
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  try {
    const customers = (
      await sql.query<LoadCustomer>(
        `SELECT substr(c."lastName", 7)::int AS n, c.id AS "customerId", c.email, c."lastName"
         FROM "Customer" c JOIN "User" u ON u."customerId" = c.id WHERE c."lastName" LIKE 'Kunde %' ORDER BY n`,
      )
    ).rows;
    checkAtLeast("bench customers in the prepared database", customers.length, 1);
    return { url, customers, lastFullYear: String(new Date().getUTCFullYear() - 1) };
  } finally {
    await sql.end();
  }
}

/**
 * `<DATABASE_URL's name>_bench_load` as an earlier run left it, when it was prepared today (its data is
 * dated from the day it was made) with at least `customers` bench customers; null otherwise.
 */
export async function preparedToday(baseUrl: string, customers: number): Promise<LoadData | null> {
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname}_bench_load`;
  const sql = new pg.Client({ connectionString: url.toString() });
  try {
    await sql.connect();
    const { rows } = await sql.query<{ n: string; today: boolean }>(
      `SELECT count(*)::text AS n, bool_and(c."createdAt"::date = current_date) AS today
       FROM "Customer" c JOIN "User" u ON u."customerId" = c.id WHERE c."lastName" LIKE 'Kunde %'`,
    );
    const ok = rows[0]?.today === true && Number(rows[0]?.n) > customers;
    return ok ? await readLoadData(url) : null;
  } catch {
    return null;
  } finally {
    await sql.end().catch(() => undefined);
  }
}

/** A fresh copy of a prepared database (CREATE DATABASE … TEMPLATE: a file copy, seconds). */
export async function copyLoadDatabase(data: LoadData, suffix: string): Promise<LoadData> {
  const source = data.url.pathname.slice(1);
  const url = new URL(data.url);
  url.pathname = `/${source}${suffix}`;
  const postgres = new URL(data.url);
  postgres.pathname = "/postgres";
  const sql = new pg.Client({ connectionString: postgres.toString() });
  await sql.connect();
  try {
    await sql.query(`DROP DATABASE IF EXISTS "${source}${suffix}" WITH (FORCE)`);
    await sql.query(`CREATE DATABASE "${source}${suffix}" TEMPLATE "${source}"`);
  } finally {
    await sql.end();
  }
  return { ...data, url };
}
