// Jobs whose effect can be counted, for bench:instances: the contract confirmation (a queued job of the
// app, src/platform/jobs/queued-jobs.ts) of each bench customer's contract, sent into the instances'
// pg-boss queue while the load runs; its effect is one mail to that customer in the bench's mail sink.
// Sent with the app's retry policy (enqueueJob: 5 retries, backoff) but a 60-second expiry and 5-second
// retry delay instead of pg-boss's 15 minutes and the app's 60 s, so that a job whose worker was killed
// is run again while the bench waits. (A job still running when it expires is run again too: with 20 s,
// four jobs on a machine at load 21 were mailed twice without any kill.)
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { CONTRACT_CONFIRMATION_JOB } from "@/features/contracts";

const EXPIRE_SECONDS = 60;

export interface SentJob {
  id: string;
  email: string;
}

export async function openSender(url: URL): Promise<PgBoss> {
  // Sends only: no maintenance, no cron, no schema changes (the instances own those).
  const boss = new PgBoss({
    connectionString: url.toString(),
    schema: "pgboss",
    supervise: false,
    schedule: false,
    migrate: false,
  });
  boss.on("error", (error) => console.error("pg-boss (bench sender):", error.message));
  await boss.start();
  return boss;
}

/** The contract of each customer, by email, for the jobs' payloads. */
export async function contractsByEmail(url: URL, emails: string[]): Promise<Map<string, string>> {
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ email: string; id: string }>(
      `SELECT c.email, k.id FROM "Contract" k JOIN "Customer" c ON c.id = k."customerId" WHERE c.email = ANY($1)`,
      [emails],
    );
    return new Map(rows.map((r) => [r.email, r.id]));
  } finally {
    await sql.end();
  }
}

export async function sendConfirmation(boss: PgBoss, contractId: string, email: string): Promise<SentJob> {
  const id = await boss.send(
    CONTRACT_CONFIRMATION_JOB,
    { contractId, event: "signed" },
    { retryLimit: 5, retryDelay: 5, retryBackoff: true, expireInSeconds: EXPIRE_SECONDS },
  );
  if (!id) throw new Error("pg-boss did not queue the job");
  return { id, email };
}

export interface JobStates {
  byState: Record<string, number>;
  retried: number;
}

export async function jobStates(url: URL, ids: string[]): Promise<JobStates> {
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  try {
    const { rows } = await sql.query<{ state: string; n: string; retried: string }>(
      `SELECT state::text, count(*)::text AS n, count(*) FILTER (WHERE retry_count > 0)::text AS retried
       FROM (SELECT state, retry_count FROM pgboss.job WHERE id = ANY($1::uuid[])
             UNION ALL SELECT state, retry_count FROM pgboss.archive WHERE id = ANY($1::uuid[])) j
       GROUP BY state`,
      [ids],
    );
    return {
      byState: Object.fromEntries(rows.map((r) => [r.state, Number(r.n)])),
      retried: rows.reduce((sum, r) => sum + Number(r.retried), 0),
    };
  } finally {
    await sql.end();
  }
}

/** Waits until every job is completed or failed (or the time is up); their states. */
export async function awaitJobs(url: URL, ids: string[], seconds: number): Promise<JobStates> {
  const until = Date.now() + seconds * 1000;
  let states = await jobStates(url, ids);
  while (Date.now() < until) {
    const done = (states.byState.completed ?? 0) + (states.byState.failed ?? 0);
    if (done === ids.length) break;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    states = await jobStates(url, ids);
  }
  return states;
}

/** Confirmation mails in the sink, per recipient. */
/** What reached one recipient: copies received, and the distinct messages among them (by Message-ID). */
export interface Received {
  copies: number;
  messages: Set<string>;
}

export function mailsPerRecipient(dir: string): Map<string, Received> {
  const received = new Map<string, Received>();
  if (!fs.existsSync(dir)) return received;
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const mail = JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as {
      to: string[];
      messageId: string;
    };
    for (const to of mail.to) {
      const seen = received.get(to) ?? { copies: 0, messages: new Set<string>() };
      seen.copies += 1;
      seen.messages.add(mail.messageId);
      received.set(to, seen);
    }
  }
  return received;
}

export const CRON_PROBE = "bench-cron-tick";

/** A schedule every minute beside the app's (no worker): each instance's pg-boss clock may send it. */
export async function scheduleCronProbe(boss: PgBoss): Promise<void> {
  await boss.createQueue(CRON_PROBE);
  await boss.schedule(CRON_PROBE, "* * * * *");
}

/** Stops the probe's schedule; its queue and jobs stay in the bench's throwaway database, to be counted. */
export async function removeCronProbe(boss: PgBoss): Promise<void> {
  await boss.unschedule(CRON_PROBE);
}

/** Schedules in the database (each name once), and the cron probe's jobs per minute. */
export async function cronFigures(url: URL) {
  const sql = new pg.Client({ connectionString: url.toString() });
  await sql.connect();
  try {
    const schedules = await sql.query<{ n: string; names: string }>(
      `SELECT count(*)::text AS n, count(DISTINCT name)::text AS names FROM pgboss.schedule`,
    );
    const ticks = await sql.query<{ minute: string; n: string }>(
      `SELECT to_char(date_trunc('minute', created_on), 'HH24:MI') AS minute, count(*)::text AS n
       FROM (SELECT created_on FROM pgboss.job WHERE name = $1
             UNION ALL SELECT created_on FROM pgboss.archive WHERE name = $1) j GROUP BY 1 ORDER BY 1`,
      [CRON_PROBE],
    );
    return {
      schedules: Number(schedules.rows[0]?.n),
      scheduleNames: Number(schedules.rows[0]?.names),
      ticks: ticks.rows.map((r) => ({ minute: r.minute, jobs: Number(r.n) })),
    };
  } finally {
    await sql.end();
  }
}
