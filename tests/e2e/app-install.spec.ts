import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { copyKept, waitForWorker } from "./support/offline";
import { expect, test } from "./support/test";

// About the service worker, which playwright.config.ts blocks for the rest of the suite.
test.use({ serviceWorkers: "allow" });

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("Min side is installable: a valid manifest with its icons, and a service worker that controls the page", async ({
  page,
}) => {
  await page.goto("/");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/manifest.webmanifest");
  const response = await page.request.get(href ?? "");
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: "Klarkraft Min side",
    short_name: "Min side",
    start_url: "/min-side",
    scope: "/",
    display: "standalone",
    lang: "nb-NO",
    theme_color: "#11574c",
    background_color: "#ffffff",
  });
  const icons = manifest.icons as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
    "192x192 any",
    "512x512 any",
    "512x512 maskable",
  ]);
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute("href");
  for (const [src, size] of [
    ...icons.map((icon) => [icon.src, Number(icon.sizes.split("x")[0])]),
    [appleIcon, 180],
  ]) {
    const image = await page.request.get(String(src));
    expect(image.headers()["content-type"]).toBe("image/png");
    expect(pngSize(await image.body())).toEqual({ width: size, height: size });
  }

  await waitForWorker(page);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(new URL("/", page.url()).href);
});

// biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
test("Chromium's own install check finds nothing missing", async ({}, testInfo) => {
  // A test's usual context is off the record, where Chromium never offers to install ("in-incognito"):
  // the check runs in a browser profile of its own, as on a phone.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "install-check-"));
  const context = await chromium.launchPersistentContext(profile, {
    ...testInfo.project.use.launchOptions,
    baseURL: testInfo.project.use.baseURL,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto("/");
    await waitForWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    const { errors } = await cdp.send("Page.getAppManifest");
    expect(errors).toEqual([]);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

test("the service worker script loads under the page's Content-Security-Policy, and the offline page is precached", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto("/");
  await waitForWorker(page);
  const precached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls: string[] = [];
    for (const name of names) {
      for (const request of await (await caches.open(name)).keys()) urls.push(new URL(request.url).pathname);
    }
    return urls;
  });
  expect(precached).toContain("/frakoblet");
  expect(precached.some((path) => path.startsWith("/_next/static/"))).toBe(true);
  expect(violations).toEqual([]);
});

test("the offline page holds nothing personal, even when fetched by a signed-in customer's worker", async ({
  page,
  context,
  accounts,
}) => {
  const customer = await accounts.customer();
  await accounts.signIn(page, customer);
  await waitForWorker(page);
  await page.goto("/min-side");
  await copyKept(page, "/min-side");
  await context.setOffline(true);
  await page.goto("/min-side/avtale");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er frakoblet");
  await expect(page.getByText(customer.name)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Logg ut" })).toHaveCount(0);
});
