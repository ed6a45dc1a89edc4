// The Forbruk page's own figures for `npm run bench:consumption`: the page's HTML at 10 concurrent
// signed-in users against the production build on the bench's database, beside /api/health on the same
// server, and the chart's client JavaScript from the build's manifest.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { encode } from "next-auth/jwt";
import type pg from "pg";
import { checkAtLeast, checkCount } from "./bench-check";
import type { BenchPoint } from "./consumption-bench-data";
import { percentile } from "./load/step-stats";
import { TSX_WITH_SERVER_CODE } from "./tsx-with-server-code";

const CONCURRENCY = 10;
const REQUESTS_PER_USER = 20;
const ms = (v: number) => `${v.toFixed(1)} ms`;

/** The page's HTML at 10 concurrent users (signed in as the first loaded customers), when built. */
export async function forbrukPageFigures(options: {
  sql: pg.Client;
  benchUrl: URL;
  points: readonly BenchPoint[];
  authSecret: string;
  port: number;
}): Promise<void> {
  const { sql, benchUrl, points, authSecret: AUTH_SECRET, port: PORT } = options;
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("No production build (.next): run `npx next build` for the HTML figures.");
    return;
  }
  const users = points.slice(1, CONCURRENCY + 1);
  const cookies: string[] = [];
  for (const p of users) {
    const user = await sql.query<{ id: string }>(
      `INSERT INTO "User" (id, email, "passwordHash", role, "customerId", "updatedAt")
       VALUES (gen_random_uuid(), 'bench-user-' || $1 || '@example.com', 'not-a-hash', 'CUSTOMER', $2, now()) RETURNING id`,
      [p.n, p.customerId],
    );
    const session = await sql.query<{ id: string }>(
      `INSERT INTO "AuthSession" (id, "userId", "createdAt", "lastSeenAt", "expiresAt", "deviceLabel")
       VALUES (gen_random_uuid(), $1, now(), now(), now() + interval '1 day', 'bench') RETURNING id`,
      [user.rows[0]?.id],
    );
    const token = await encode({
      token: { sid: session.rows[0]?.id },
      secret: AUTH_SECRET,
      salt: "authjs.session-token",
    });
    cookies.push(`authjs.session-token=${token}`);
  }
  const server = spawn(process.execPath, [...TSX_WITH_SERVER_CODE, "scripts/serve.ts"], {
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: benchUrl.toString(),
      AUTH_SECRET,
      APP_ENV: "demo",
      HOST: "127.0.0.1",
      PORT: String(PORT),
      APP_URL: `http://127.0.0.1:${PORT}`,
      SIMULATOR_PORT: String(PORT + 1),
      SMTP_URL: `smtp://127.0.0.1:${PORT + 2}`,
      FOLKEREGISTER_URL: "",
      ELHUB_URL: "",
      EXPERIAN_URL: "",
      SPOT_PRICES_URL: "",
    },
  });
  try {
    const base = `http://127.0.0.1:${PORT}`;
    for (let i = 0; i < 120; i++) {
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    let pagesWithTotal = 0;
    const requests = async (pathFor: (user: number) => string, withCookie: boolean) => {
      const times: number[] = [];
      await Promise.all(
        cookies.map(async (cookie, user) => {
          for (let i = 0; i < REQUESTS_PER_USER; i++) {
            const started = performance.now();
            const response = await fetch(`${base}${pathFor(user)}`, {
              headers: withCookie ? { cookie } : {},
              redirect: "manual",
            });
            const body = await response.text();
            times.push(performance.now() - started);
            if (response.status !== 200 || (withCookie && !body.includes("Forbruk"))) {
              throw new Error(`Unexpected answer ${response.status} for ${pathFor(user)}`);
            }
            // A Forbruk page of this month that shows a total above zero aggregated readings.
            const total = /data-testid="total-kwh">([^<]*)</.exec(body)?.[1] ?? "";
            if (/[1-9]/.test(total) && !body.includes("Det mangler målerverdier")) pagesWithTotal++;
          }
        }),
      );
      return times;
    };
    const forbruk = () => "/min-side/forbruk";
    await requests(forbruk, true); // warm-up
    pagesWithTotal = 0;
    const page = await requests(forbruk, true);
    checkCount("Forbruk pages showing this month's metered total", pagesWithTotal, page.length);
    const health = await requests(() => "/api/health", false);
    // For scale: a Min side page with no consumption on it, through the same layout.
    const profile = await requests(() => "/min-side/profil", true);
    const pageP95 = percentile(page, 95);
    const healthP95 = percentile(health, 95);
    console.log(
      `Forbruk page HTML at ${CONCURRENCY} concurrent signed-in users (${page.length} requests, this month by day):`,
    );
    console.log(`  p50 ${ms(percentile(page, 50))}, p95 ${ms(pageP95)} (goal ≤ 150 ms)`);
    console.log(
      `  /api/health same server, same concurrency: p50 ${ms(percentile(health, 50))}, p95 ${ms(healthP95)}`,
    );
    console.log(`  ratio p95 page / health: ${(pageP95 / healthP95).toFixed(1)}× (goal ≤ 3×)`);
    console.log(
      `  for scale, Profil (no consumption, same layout): p95 ${ms(percentile(profile, 95))}, ${(percentile(profile, 95) / healthP95).toFixed(1)}× health`,
    );
  } finally {
    server.kill("SIGTERM");
  }
}

/** The chart's own client JavaScript: every client module the Forbruk page references from our code. */
export function chartClientJavaScript(): void {
  const manifest = path.join(".next/server/app/min-side/forbruk/page_client-reference-manifest.js");
  if (!fs.existsSync(manifest)) return;
  const sandbox: Record<string, unknown> = {};
  sandbox.globalThis = sandbox;
  vm.runInNewContext(fs.readFileSync(manifest, "utf8"), sandbox);
  const pages = sandbox.__RSC_MANIFEST as Record<string, { clientModules: Record<string, unknown> }>;
  const referenced = Object.values(pages).flatMap((p) => Object.keys(p.clientModules));
  // An empty manifest would report 0 kB for any chart: the page's client modules must be listed.
  checkAtLeast("client modules the Forbruk page references", referenced.length, 1);
  const own = referenced.filter(
    (source) =>
      source.includes("/src/app/min-side/forbruk") || source.includes("/src/features/consumption/ui"),
  );
  console.log(
    `Chart client JavaScript, gzipped: ${own.length === 0 ? "0 kB: the chart is server-rendered SVG, no client module" : `client modules: ${own.join(", ")}`} (goal ≤ 60 kB)`,
  );
}
