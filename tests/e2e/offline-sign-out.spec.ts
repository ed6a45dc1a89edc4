// The offline copies against sign-outs that come at awkward moments, and the cost of keeping them.
import type { Page } from "@playwright/test";
import { copyKept, personalCopies, waitForWorker } from "./support/offline";
import { expect, test } from "./support/test";

// About the service worker, which playwright.config.ts blocks for the rest of the suite.
test.use({ serviceWorkers: "allow" });

const banner = (page: Page) => page.getByRole("status").filter({ hasText: "Du er frakoblet" });
const heading = (page: Page) => page.getByRole("heading", { level: 1 });
const menuLink = (page: Page, name: string) =>
  page.getByRole("navigation", { name: "Min side" }).getByRole("link", { name });

test("signing out in a window first opened from an offline copy, once the network is back, deletes the copies", async ({
  page,
  context,
  accounts,
}) => {
  const customer = await accounts.customer();
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, customer);
  await copyKept(page, "/min-side");

  // The app opens offline on its copy; the network comes back and the customer goes on in that window.
  await context.setOffline(true);
  await page.goto("/min-side");
  await expect(banner(page)).toBeVisible();
  await context.setOffline(false);
  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => personalCopies(page)).toEqual([]);

  await context.setOffline(true);
  await page.goto("/min-side");
  await expect(heading(page)).toHaveText("Du er frakoblet");
  await expect(page.getByText(customer.name)).toHaveCount(0);
});

test("a page still arriving when the sign-out clears the copies is not kept after it", async ({
  page,
  accounts,
}) => {
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, await accounts.customer());
  await copyKept(page, "/min-side");

  // What a client-side navigation to Forbruk and a sign-out right after it tell the worker: the
  // worker fetches Forbruk, and the sign-out's page says nobody is signed in before it arrives.
  await page.evaluate(() => {
    const worker = navigator.serviceWorker.controller;
    worker?.postMessage({ type: "offline-page-seen", url: "/min-side/forbruk" });
    worker?.postMessage({ type: "offline-owner", owner: null, until: null });
  });
  await expect.poll(() => personalCopies(page)).toEqual([]);
  // Long enough for Forbruk's answer to have come and been turned away.
  await page.waitForTimeout(4_000);
  expect(await personalCopies(page)).toEqual([]);
});

test("a sign-out after a hard reload (the page not controlled by the worker) still deletes the copies", async ({
  page,
  context,
  accounts,
}) => {
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, await accounts.customer());
  await copyKept(page, "/min-side");

  // Shift-reload: the browser loads the page past the service worker, which then does not control it.
  const cdp = await context.newCDPSession(page);
  const reloaded = page.waitForEvent("load");
  await cdp.send("Page.reload", { ignoreCache: true });
  await reloaded;
  expect(await page.evaluate(() => navigator.serviceWorker.controller === null)).toBe(true);
  await expect(heading(page)).toContainText("Hei");

  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => personalCopies(page)).toEqual([]);
});

test("going back to a page within a minute of keeping it does not fetch it a second time", async ({
  page,
  accounts,
}) => {
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, "kari.nordmann@example.com");
  const overviewAt = await copyKept(page, "/min-side");
  await menuLink(page, "Forbruk").click();
  await expect(page).toHaveURL(/\/min-side\/forbruk$/);
  await copyKept(page, "/min-side/forbruk");

  await menuLink(page, "Oversikt").click();
  await expect(page).toHaveURL(/\/min-side$/);
  // Time enough for a second fetch to have replaced the copy, had there been one.
  await page.waitForTimeout(4_000);
  expect(await copyKept(page, "/min-side")).toBe(overviewAt);
});

test("a new service worker (a new build) deletes the copies kept under the old one", async ({
  page,
  accounts,
}) => {
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, await accounts.customer());
  await copyKept(page, "/min-side");

  // As after a deploy: the old worker goes, a new one installs and activates.
  await page.evaluate(async () => (await navigator.serviceWorker.ready).unregister());
  await page.goto("/");
  await waitForWorker(page);
  await expect.poll(() => personalCopies(page)).toEqual([]);
});
