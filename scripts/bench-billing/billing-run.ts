// The billing run's part of `npm run bench:billing`: on PostgreSQL, with the generated data of
// bench:consumption (1,001 customers, a year of hourly readings; scripts/lib/consumption-bench-data.ts),
// the billing run for one month (December of the last full year): time per invoice and in total, and
// that extrapolated to 100,000 customers (goal ≤ 20 ms of server time per invoice: 100,000 in under
// 35 minutes on this 2-core machine). Checks that it issued an invoice for every customer, each with its
// three lines, before its figures are believed; a second run must issue nothing.
//
// It makes a fresh database <DATABASE_URL's name>_bench_billing and points the app at it, so it must run
// before anything in the process opens the app's database. Alone:
//   DATABASE_URL=postgresql://… npx tsx --import ./scripts/lib/server-only-hook.ts scripts/bench-billing/billing-run.ts
import "../load-env";
import pg from "pg";
import { checkCount, exitOnBenchFailure, loadAverage } from "../lib/bench-check";
import { freshBenchDatabase, generateConsumptionData } from "../lib/consumption-bench-data";

const CUSTOMERS_TARGET = 100_000;
const GOAL_MS_PER_INVOICE = 20;

/** With `keepOpen`, the bench database stays the app's (and open) for the parts that follow. */
export async function benchBillingRun({ keepOpen = false } = {}): Promise<void> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl?.startsWith("postgres")) {
    throw new Error(
      "The billing run bench needs DATABASE_URL=postgresql://… (the benchmark is for PostgreSQL).",
    );
  }
  const benchUrl = await freshBenchDatabase(baseUrl, "_bench_billing");
  process.env.DATABASE_URL = benchUrl.toString();
  process.env.APP_ENV ??= "development";
  const { databaseConnection, db } = await import("@/platform/db");
  const { migrateDatabase } = await import("@/platform/database/migrate");
  const { runBilling } = await import("@/features/invoices/server");
  const { osloDate } = await import("@/platform/time/oslo-calendar");
  await migrateDatabase(databaseConnection());

  const sql = new pg.Client({ connectionString: benchUrl.toString() });
  await sql.connect();
  try {
    const today = osloDate(new Date());
    console.log(`Billing run: database ${benchUrl.pathname.slice(1)}, ${loadAverage()}. Generating data …`);
    const data = await generateConsumptionData(sql, today);
    for (let from = 1; from <= 1000; from += 200) await data.load(from, Math.min(1000, from + 199));
    await sql.query("ANALYZE");
    const month = `${data.lastFullYear}-12`;
    const customers = data.points.length;

    const started = performance.now();
    const result = await runBilling(month);
    const totalMs = performance.now() - started;
    const again = performance.now();
    const second = await runBilling(month);
    const secondMs = performance.now() - again;

    checkCount(`invoices the run issued for ${month}`, result.issued, customers);
    checkCount("invoices in the table", await db.invoice.count({ where: { kind: "INVOICE" } }), customers);
    checkCount("invoice lines (energy, markup, fee each)", await db.invoiceLine.count(), 3 * customers);
    checkCount("months the second run found done", second.alreadyDone, customers);
    if (result.held !== 0 || second.issued !== 0) {
      throw new Error(
        `Expected nothing held and nothing issued twice: ${JSON.stringify({ result, second })}`,
      );
    }
    const perInvoice = totalMs / result.issued;
    const extrapolatedMin = (perInvoice * CUSTOMERS_TARGET) / 60_000;
    console.log(
      `Billing run for ${month}, ${customers.toLocaleString("en")} customers (server time, this process):`,
    );
    console.log(
      `  total ${(totalMs / 1000).toFixed(1)} s, ${perInvoice.toFixed(1)} ms per invoice (goal ≤ ${GOAL_MS_PER_INVOICE} ms)`,
    );
    console.log(
      `  extrapolated to ${CUSTOMERS_TARGET.toLocaleString("en")} customers: ${extrapolatedMin.toFixed(1)} min (goal < 35 min)`,
    );
    console.log(`  a second run (everything issued): ${(secondMs / 1000).toFixed(2)} s`);
  } finally {
    await sql.end();
    if (!keepOpen) await databaseConnection().close();
  }
}

if (process.argv[1]?.endsWith("billing-run.ts")) {
  exitOnBenchFailure("bench:billing (billing run)");
  await benchBillingRun();
  process.exit(0);
}
