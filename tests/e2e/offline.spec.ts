import type { Page } from "@playwright/test";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { copyKept, osloClock, personalCopies, waitForWorker } from "./support/offline";
import { expect, test } from "./support/test";

// About the service worker, which playwright.config.ts blocks for the rest of the suite.
test.use({ serviceWorkers: "allow" });

const banner = (page: Page) => page.getByRole("status").filter({ hasText: "Du er frakoblet" });

test("offline, the customer reads the last Oversikt and Forbruk they saw, with a banner saying from when", async ({
  page,
  context,
  accounts,
}) => {
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, "kari.nordmann@example.com");
  const overviewAt = await copyKept(page, "/min-side");
  const greeting = await page.getByRole("heading", { level: 1 }).textContent();
  expect(greeting).toContain("Kari");

  // A client-side navigation: the worker fetches and keeps the page itself.
  await page.getByRole("navigation", { name: "Min side" }).getByRole("link", { name: "Forbruk" }).click();
  await expect(page).toHaveURL(/\/min-side\/forbruk$/);
  const usageAt = await copyKept(page, "/min-side/forbruk");
  await page.goto("/min-side/forbruk?periode=ar");
  await copyKept(page, "/min-side/forbruk?periode=ar");

  await context.setOffline(true);
  await page.goto("/min-side");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(greeting ?? "");
  await expect(banner(page)).toHaveText(`Du er frakoblet — viser data fra ${osloClock(overviewAt)}`);
  await expectNoSeriousViolationsNow(page, "/min-side offline, with the banner");

  await page.goto("/min-side/forbruk");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forbruk");
  await expect(banner(page)).toHaveText(`Du er frakoblet — viser data fra ${osloClock(usageAt)}`);
  await page.goto("/min-side/forbruk?periode=ar");
  await expect(banner(page)).toBeVisible();

  // A page never kept (another period, another Min side page): the offline page, without personal data.
  await page.goto("/min-side/forbruk?periode=dag");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er frakoblet");
  await page.goto("/min-side/profil");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er frakoblet");
  await expect(page.getByText("Kari")).toHaveCount(0);
  // The offline page is rendered signed out: showing it must not delete the copies.
  await page.goto("/min-side");
  await expect(banner(page)).toHaveText(`Du er frakoblet — viser data fra ${osloClock(overviewAt)}`);

  await context.setOffline(false);
  await page.goto("/min-side");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(greeting ?? "");
  await expect(banner(page)).toHaveCount(0);
});

test("exports, staff pages and the API are never cached, not even for a signed-in customer", async ({
  page,
  accounts,
}) => {
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, "kari.nordmann@example.com");
  await copyKept(page, "/min-side");
  await page.goto("/min-side/profil");
  await page.goto("/min-side/avtale");
  await page.request.get("/min-side/forbruk/eksport?format=csv");
  await page.evaluate(() => fetch("/api/health"));
  await page.goto("/min-side/faktura");
  await copyKept(page, "/min-side/faktura");
  expect((await personalCopies(page)).sort()).toEqual(["/min-side", "/min-side/faktura"]);
  const cacheNames = await page.evaluate(() => caches.keys());
  // The precache (static files, the offline page), the static assets and the personal copies: no other.
  expect(cacheNames.filter((name) => !/precache|static-assets|min-side-personal/.test(name))).toEqual([]);
});

test("signing out deletes every offline copy: offline, the signed-out browser shows no personal page", async ({
  page,
  context,
  accounts,
}) => {
  const customer = await accounts.customer();
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, customer);
  await copyKept(page, "/min-side");
  await page.goto("/min-side/faktura");
  await copyKept(page, "/min-side/faktura");

  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect.poll(() => personalCopies(page)).toEqual([]);

  await context.setOffline(true);
  for (const path of ["/min-side", "/min-side/faktura"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er frakoblet");
    await expect(page.getByText(customer.name)).toHaveCount(0);
  }
});

test("a session that has ended leaves nothing to read offline: Min side answering with the sign-in clears the copies", async ({
  page,
  browser,
  context,
  accounts,
}) => {
  const customer = await accounts.customer();
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, customer);
  await copyKept(page, "/min-side");

  // The session ends elsewhere ("Logg ut på alle enheter" on another device).
  const other = await browser.newPage();
  await accounts.signIn(other, customer);
  await other.goto("/min-side/profil");
  await other.getByRole("button", { name: "Logg ut på alle enheter" }).click();
  await expect(other).toHaveURL(/\/logg-inn/);
  await other.close();

  await page.goto("/min-side/forbruk");
  await expect(page).toHaveURL(/\/logg-inn/);
  await expect.poll(() => personalCopies(page)).toEqual([]);
  await context.setOffline(true);
  await page.goto("/min-side");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er frakoblet");
});

test("two people on one browser: when B signs in after A, offline B never sees A's pages", async ({
  page,
  context,
  accounts,
}) => {
  const [anne, bjorn] = await Promise.all([accounts.customer(), accounts.customer({ like: "Ingrid" })]);
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, anne);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${anne.name}`);
  await copyKept(page, "/min-side");
  await page.goto("/min-side/faktura");
  await copyKept(page, "/min-side/faktura");

  // B signs in on the same browser profile without A signing out first.
  await accounts.signIn(page, bjorn);
  await copyKept(page, "/min-side");
  expect(await personalCopies(page)).toEqual(["/min-side"]);

  await context.setOffline(true);
  await page.goto("/min-side");
  await expect(banner(page)).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Hei, ${bjorn.name}`);
  await expect(page.getByText(anne.name)).toHaveCount(0);
  await page.goto("/min-side/faktura");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er frakoblet");
  await expect(page.getByText(anne.name)).toHaveCount(0);
});

test("a copy is not shown once the session it was kept for has ended, even offline (the end as the page's header reports it)", async ({
  page,
  context,
  accounts,
}) => {
  const customer = await accounts.customer();
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, customer);
  await copyKept(page, "/min-side");
  // What the header tells the worker on every page: this owner, and when their session ends (here: now).
  await page.evaluate(() => {
    const marker = document.querySelector("[data-offline-owner]");
    navigator.serviceWorker.controller?.postMessage({
      type: "offline-owner",
      owner: marker?.getAttribute("data-offline-owner"),
      until: Date.now(),
    });
  });
  await context.setOffline(true);
  await page.goto("/min-side");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er frakoblet");
  await expect(page.getByText(customer.name)).toHaveCount(0);
  expect(await personalCopies(page)).toEqual([]);
});

test("offline, the menu still leads to the kept copies", async ({ page, context, accounts }) => {
  await page.goto("/");
  await waitForWorker(page);
  await accounts.signIn(page, "kari.nordmann@example.com");
  await copyKept(page, "/min-side");
  await page.goto("/min-side/forbruk");
  await copyKept(page, "/min-side/forbruk");
  await page.goto("/min-side");

  await context.setOffline(true);
  await page.getByRole("navigation", { name: "Min side" }).getByRole("link", { name: "Forbruk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forbruk");
  await expect(banner(page)).toBeVisible();
  await page.getByRole("navigation", { name: "Min side" }).getByRole("link", { name: "Avtale" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du er frakoblet");
});
