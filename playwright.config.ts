import os from "node:os";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./scripts/check-chromium";
import { E2E_PORT } from "./tests/e2e/support/e2e-settings";

export default defineConfig({
  testDir: "tests/e2e",
  // Every test that changes an account has one of its own (tests/e2e/support/accounts.ts), so tests run
  // side by side: one worker per core unless E2E_WORKERS says otherwise.
  workers: Number(process.env.E2E_WORKERS ?? os.availableParallelism()),
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  // Tests share two cores with the server and each other: more time than one test alone needs.
  timeout: 60_000,
  reporter: [["list"], ["json", { outputFile: "test-reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    locale: "nb-NO",
    timezoneId: "Europe/Oslo",
    trace: "retain-on-failure",
    // Registering the worker and precaching the shell in every fresh context doubled the suite's time;
    // the specs about the worker (offline, install, notifications) allow it with test.use.
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "mobile-chromium",
      use: {
        ...devices["Pixel 7"],
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_FLAGS,
        },
      },
    },
  ],
  webServer: {
    command: "npx tsx --import ./scripts/lib/server-only-hook.ts scripts/e2e-server.ts",
    url: `http://127.0.0.1:${E2E_PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
