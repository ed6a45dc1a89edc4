// The data and sign-ins of `npm run bench:pages`: a fresh database seeded with the demo data (Kari
// Nordmann: two years of readings, 15-minute since 2025-10-01, a year of invoices, message threads), a
// privacy request of hers, and one session each for Kari and an admin with the second factor given,
// as the app creates them at sign-in (AuthSession rows behind Auth.js's encrypted cookie).
import { spawn } from "node:child_process";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { DEMO_CUSTOMERS, DEMO_STAFF } from "../../prisma/seed/people";
import { freshBenchDatabase } from "./consumption-bench-data";
import { TSX_WITH_SERVER_CODE } from "./tsx-with-server-code";

export interface PagesBenchData {
  url: URL;
  customer: { id: string; cookie: string; name: string; email: string; customerNumber: string };
  staff: { cookie: string };
  /**
   * The customer whose card staff open: another than the signed-in customer, as every view writes an
   * audit row that her Personvern page lists ("Innsyn"), which would grow round by round.
   */
  card: { id: string; name: string };
  invoiceId: string;
  threadId: string;
  threadSubject: string;
  /** A thread on the inbox's first tab (open ones), of another customer: staff open it (see `card`). */
  open: { id: string; subject: string };
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "inherit", "inherit"], env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`seed exited with ${code}`))));
  });
}

async function one<T extends pg.QueryResultRow>(sql: pg.Client, text: string, values: unknown[]) {
  const row = (await sql.query<T>(text, values)).rows[0];
  if (!row) throw new Error(`No row for: ${text.slice(0, 60)}`);
  return row;
}

/** A session row for the user, as a sign-in with the second factor makes it; its cookie. */
async function sessionCookie(sql: pg.Client, userId: string, secret: string): Promise<string> {
  const { id } = await one<{ id: string }>(
    sql,
    `INSERT INTO "AuthSession" (id, "userId", "createdAt", "lastSeenAt", "expiresAt", "deviceLabel",
                                "secondFactorVerifiedAt", "strongAuthAt")
     VALUES (gen_random_uuid(), $1, now(), now(), now() + interval '8 hours', 'bench', now(), now()) RETURNING id`,
    [userId],
  );
  const token = await encode({ token: { sid: id }, secret, salt: "authjs.session-token" });
  return `authjs.session-token=${token}`;
}

export async function preparePagesBench(baseUrl: string, authSecret: string): Promise<PagesBenchData> {
  const url = await freshBenchDatabase(baseUrl, "_bench_pages");
  await run([...TSX_WITH_SERVER_CODE, "prisma/seed.ts"], {
    ...process.env,
    DATABASE_URL: url.toString(),
    APP_ENV: "development",
  });
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  try {
    const kari = DEMO_CUSTOMERS[0];
    const admin = DEMO_STAFF.find((s) => s.role === "ADMIN");
    if (!kari || !admin) throw new Error("The demo cast lacks a customer or an admin");
    const customer = await one<{ id: string; userId: string; customerNumber: string }>(
      sql,
      `SELECT c.id, u.id AS "userId", c."customerNumber"::text AS "customerNumber"
       FROM "Customer" c JOIN "User" u ON u."customerId" = c.id WHERE c.email = $1`,
      [kari.email],
    );
    const other = DEMO_CUSTOMERS[1];
    if (!other) throw new Error("The demo cast has one customer only");
    const card = await one<{ id: string }>(sql, `SELECT id FROM "Customer" WHERE email = $1`, [other.email]);
    const staff = await one<{ id: string }>(sql, `SELECT id FROM "User" WHERE email = $1`, [admin.email]);
    await sql.query(
      `INSERT INTO "PrivacyRequest" (id, "customerId", type, details, "receivedAt", "dueAt")
       VALUES (gen_random_uuid(), $1, 'ACCESS', 'Jeg vil ha en kopi av opplysningene mine.', now(), now() + interval '30 days')`,
      [customer.id],
    );
    const invoice = await one<{ id: string }>(
      sql,
      `SELECT id FROM "Invoice" WHERE "customerId" = $1 ORDER BY "issuedAt" DESC LIMIT 1`,
      [customer.id],
    );
    const thread = await one<{ id: string; subject: string }>(
      sql,
      `SELECT id, subject FROM "Inquiry" WHERE "customerId" = $1 ORDER BY "createdAt" DESC LIMIT 1`,
      [customer.id],
    );
    const open = await one<{ id: string; subject: string }>(
      sql,
      `SELECT id, subject FROM "Inquiry" WHERE status = 'OPEN' AND "customerId" <> $1 ORDER BY "createdAt" LIMIT 1`,
      [customer.id],
    );
    return {
      url,
      customer: {
        id: customer.id,
        cookie: await sessionCookie(sql, customer.userId, authSecret),
        name: `${kari.firstName} ${kari.lastName}`,
        email: kari.email,
        customerNumber: customer.customerNumber,
      },
      staff: { cookie: await sessionCookie(sql, staff.id, authSecret) },
      card: { id: card.id, name: `${other.firstName} ${other.lastName}` },
      invoiceId: invoice.id,
      threadId: thread.id,
      threadSubject: thread.subject,
      open,
    };
  } finally {
    await sql.end();
  }
}
