// Runs Next.js behind our own Node.js HTTP server (see scripts/lib/http-front.ts). Started by
// scripts/serve.ts with NODE_ENV set; `--dev` for next dev. Listens on HOST:PORT from the environment.
import next from "next";
import { env } from "@/platform/env";
import { createFrontServer } from "./lib/http-front";

const dev = process.argv.includes("--dev");
const { HOST, PORT } = env();

const app = next({ dev, hostname: HOST, port: PORT });
await app.prepare();
const server = createFrontServer(app.getRequestHandler());
// The browser suite's launcher (scripts/e2e-server.ts) asks for its account fixtures: they must run in
// this process, which owns the database. Refused unless the server signs with the suite's secret.
if (process.env.E2E_ACCOUNTS_SOCKET) {
  const { serveAccountFixtures } = await import("../tests/e2e/support/fixture-channel");
  serveAccountFixtures(process.env.E2E_ACCOUNTS_SOCKET);
}
server.listen(PORT, HOST, () =>
  console.log(`Next.js ${dev ? "dev server" : "server"} listening on ${HOST}:${PORT}`),
);

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  // Ctrl+C reaches this process twice (from the terminal and from serve.ts): close once.
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // Finish requests in flight, then let Next.js close before exiting.
    server.close(() => void app.close().finally(() => process.exit(0)));
    if (dev) server.closeAllConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
