// A built portal instance for the load benches: scripts/next-server.ts under NODE_ENV=production, as
// bench:consumption starts it, on the bench database; registries and mail pointed at closed local ports
// unless given (a journey calls none of them).
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { TSX_WITH_SERVER_CODE } from "../tsx-with-server-code";

export interface PortalInstance {
  port: number;
  process: ChildProcess;
  base: string;
}

export interface PortalOptions {
  port: number;
  databaseUrl: string;
  authSecret: string;
  /** Where the app says it is served (the address nginx answers on, behind it). */
  appUrl?: string;
  trustedProxyHops?: number;
  smtpPort?: number;
  /** Where the instance's stdout and stderr go. */
  logFile: string;
}

/** The id Next.js gave the customer search's server action in this build (the form posts it). */
export function serverActionId(exportedName: string, file: string): string {
  const manifest = path.join(".next", "server", "server-reference-manifest.json");
  const parsed = JSON.parse(fs.readFileSync(manifest, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  const found = Object.entries(parsed.node).find(
    ([, entry]) => entry.exportedName === exportedName && (entry.filename ?? "").includes(file),
  );
  if (!found) throw new Error(`No server action ${exportedName} in ${file} in the build's manifest`);
  return found[0];
}

export function startPortal(options: PortalOptions): PortalInstance {
  const base = `http://127.0.0.1:${options.port}`;
  const log = fs.openSync(options.logFile, "a");
  const child = spawn(process.execPath, [...TSX_WITH_SERVER_CODE, "scripts/next-server.ts"], {
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: options.authSecret,
      APP_ENV: "demo",
      HOST: "127.0.0.1",
      PORT: String(options.port),
      APP_URL: options.appUrl ?? base,
      TRUSTED_PROXY_HOPS: String(options.trustedProxyHops ?? 0),
      SMTP_URL: `smtp://127.0.0.1:${options.smtpPort ?? options.port + 90}`,
      SIMULATOR_PORT: String(options.port + 91),
      BANKID_SIMULATOR_PORT: String(options.port + 92),
      FOLKEREGISTER_URL: "",
      ELHUB_URL: "",
      EXPERIAN_URL: "",
      SPOT_PRICES_URL: "",
    },
  });
  return { port: options.port, process: child, base };
}

/** Waits until /api/health says ok (up to three minutes); throws otherwise. */
export async function waitUntilHealthy(base: string): Promise<void> {
  for (let i = 0; i < 360; i++) {
    const ok = await fetch(`${base}/api/health`).then(
      async (r) => r.ok && ((await r.json()) as { status?: string }).status === "ok",
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${base} did not become healthy in three minutes`);
}
