// `npm run lighthouse [portal URL]`: Lighthouse at mobile settings on Oversikt and Forbruk of a running
// portal (default the demo, http://127.0.0.1:3000), signed in as the demo customer, and Chromium's own
// installability verdict (Lighthouse 12 has no PWA category). Builds nothing; prints the figures and
// exits with code 1 when a page cannot be audited, accessibility is below 100 or the app is not installable.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import lighthouse from "lighthouse";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./check-chromium";

const BASE_URL = (process.argv[2] ?? process.env.PORTAL_URL ?? "http://127.0.0.1:3000").replace(/\/$/, "");
const DEMO_CUSTOMER = { email: "kari.nordmann@example.com", password: "Klarkraft-demo-2026" };
const PAGES = ["/min-side", "/min-side/forbruk"];
const DEBUGGING_PORT = Number(process.env.LIGHTHOUSE_CHROME_PORT ?? 9333);
// The browser suite's flags, and the port Lighthouse drives Chromium through.
const LIGHTHOUSE_CHROMIUM_FLAGS = [...CHROMIUM_FLAGS, `--remote-debugging-port=${DEBUGGING_PORT}`];

async function signIn(page: Page): Promise<void> {
  await page.goto(`${BASE_URL}/logg-inn`);
  await page.getByLabel("E-post").fill(DEMO_CUSTOMER.email);
  await page.getByLabel("Passord", { exact: true }).fill(DEMO_CUSTOMER.password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await page.waitForURL(`${BASE_URL}/min-side`);
}

/** Chromium's installability errors for Min side, once its service worker controls the page. */
async function installabilityErrors(page: Page): Promise<string[]> {
  await page.goto(`${BASE_URL}/min-side`);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
  return installabilityErrors.map(
    (error) => `${error.errorId}${error.errorArguments.map((a) => ` ${a.name}=${a.value}`).join("")}`,
  );
}

function ms(value: number | undefined): string {
  return value === undefined ? "–" : `${Math.round(value)} ms`;
}

async function audit(url: string): Promise<number | null> {
  const result = await lighthouse(url, {
    port: DEBUGGING_PORT,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility", "best-practices"],
    // Keep the session cookie (Lighthouse clears the origin's storage otherwise).
    disableStorageReset: true,
  });
  if (!result) return null;
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const failed = Object.values(audits).filter(
    (a) =>
      a.scoreDisplayMode === "binary" &&
      a.score === 0 &&
      categories.accessibility?.auditRefs.some((r) => r.id === a.id),
  );
  console.log(`\n${url} (final URL ${result.lhr.finalDisplayedUrl})`);
  console.log(
    `  performance ${score("performance")}, accessibility ${score("accessibility")}, best practices ${score("best-practices")}`,
  );
  for (const id of [
    "first-contentful-paint",
    "largest-contentful-paint",
    "total-blocking-time",
    "speed-index",
  ]) {
    console.log(`  ${audits[id]?.title}: ${ms(audits[id]?.numericValue)}`);
  }
  console.log(`  Cumulative Layout Shift: ${audits["cumulative-layout-shift"]?.numericValue?.toFixed(3)}`);
  for (const audit of failed) console.log(`  accessibility issue: ${audit.id} (${audit.title})`);
  return score("accessibility");
}

const profile = fs.mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  args: LIGHTHOUSE_CHROMIUM_FLAGS,
  locale: "nb-NO",
  timezoneId: "Europe/Oslo",
});
let failures = 0;
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await signIn(page);
  console.log(
    `Lighthouse ${(await import("lighthouse/package.json", { with: { type: "json" } })).default.version}, mobile settings, ${BASE_URL}`,
  );
  for (const pagePath of PAGES) {
    const accessibility = await audit(`${BASE_URL}${pagePath}`);
    if (accessibility !== 100) failures++;
  }
  const errors = await installabilityErrors(page);
  console.log(
    `\nInstallable (Chromium, Page.getInstallabilityErrors): ${errors.length === 0 ? "yes" : `no: ${errors.join("; ")}`}`,
  );
  if (errors.length) failures++;
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
