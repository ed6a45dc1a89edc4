// CI smoke test of the default setup: the built portal on a fresh embedded database answers its
// health check and lets a demo customer sign in and see their own name.
import { spawn } from "node:child_process";
import path from "node:path";
import { DEMO_PASSWORD, E2E_PORT } from "../tests/e2e/support/e2e-settings";

const base = `http://127.0.0.1:${E2E_PORT}`;
const env = { ...process.env };
delete env.DATABASE_URL;
const server = spawn(
  process.execPath,
  [path.join("node_modules", "tsx", "dist", "cli.mjs"), "scripts/e2e-server.ts"],
  {
    env,
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  },
);

function fail(message: string): never {
  console.error(`SMOKE FAILED: ${message}`);
  process.kill(-(server.pid as number), "SIGTERM");
  process.exit(1);
}

class Cookies {
  private jar = new Map<string, string>();
  take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) this.jar.set(name.trim(), value.join("="));
    }
  }
  header() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

let health: { status?: string; database?: string } = {};
for (let i = 0; i < 480 && health.status !== "ok"; i++) {
  health = await fetch(`${base}/api/health`)
    .then((r) => r.json())
    .catch(() => ({}));
  if (health.status !== "ok") await new Promise((r) => setTimeout(r, 250));
}
if (health.status !== "ok") fail("the health check never answered ok");
if (health.database !== "embedded") fail(`health reports database ${health.database}, expected embedded`);
console.log("smoke: health ok on the embedded database");

const cookies = new Cookies();
const csrf = await fetch(`${base}/api/auth/csrf`);
cookies.take(csrf);
const { csrfToken } = (await csrf.json()) as { csrfToken: string };
const login = await fetch(`${base}/api/auth/callback/credentials`, {
  method: "POST",
  redirect: "manual",
  headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies.header() },
  body: new URLSearchParams({ csrfToken, email: "kari.nordmann@example.com", password: DEMO_PASSWORD }),
});
cookies.take(login);
if (!cookies.header().includes("session-token")) fail(`login gave no session cookie (HTTP ${login.status})`);

const page = await fetch(`${base}/min-side`, { headers: { cookie: cookies.header() }, redirect: "manual" });
const html = await page.text();
if (page.status !== 200 || !html.includes("Kari Nordmann"))
  fail(`/min-side answered ${page.status} without the customer's name`);
console.log("smoke: a demo customer signed in and saw their own overview");

process.kill(-(server.pid as number), "SIGTERM");
process.exit(0);
