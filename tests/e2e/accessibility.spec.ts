import type { Page } from "@playwright/test";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { logIn, logInAndWait } from "./support/session";
import { expect, test } from "./support/test";

async function expectNoSeriousViolations(page: Page, path: string) {
  await page.goto(path);
  await expectNoSeriousViolationsNow(page, path);
}

const PUBLIC_PAGES = [
  "/",
  "/logg-inn",
  "/glemt-passord",
  "/glemt-passord/ny?token=ugyldig",
  "/personvern",
  "/informasjonskapsler",
  "/bli-kunde",
  "/bli-kunde/vurdering/ugyldig-lenke",
  "/finnes-ikke",
];
const CUSTOMER_PAGES = [
  "/min-side",
  "/min-side/avtale",
  "/min-side/forbruk",
  "/min-side/forbruk?periode=dag&opplosning=kvarter",
  "/min-side/forbruk?periode=ar",
  "/min-side/forbruk/norgespris",
  "/min-side/profil",
  "/min-side/profil/totrinn",
  "/min-side/personvern",
  "/min-side/personvern/innsyn",
];
const STAFF_PAGES = [
  "/admin",
  "/admin/ansatte",
  "/admin/samtykker",
  "/admin/kredittvurderinger",
  "/admin/personvernsaker",
];

test.describe("WCAG 2.1 AA (axe)", () => {
  for (const path of PUBLIC_PAGES) {
    test(`public page ${path} has no serious or critical violations`, async ({ page }) => {
      await expectNoSeriousViolations(page, path);
    });
  }

  test("the cookie banner, and the settings dialog open over a page, have no serious or critical violations", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("region", { name: "Informasjonskapsler", exact: true })).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/ with the banner");
    await page.getByRole("button", { name: "Tilpass" }).click();
    await expect(page.getByRole("dialog", { name: "Innstillinger for informasjonskapsler" })).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/ with the settings dialog");
  });

  test("Min side pages have no serious or critical violations", async ({ page }) => {
    // Nine pages, among them the access copy's long tables: axe needs more than the default 30 s here.
    test.setTimeout(120_000);
    await logInAndWait(page, "kari.nordmann@example.com", /\/min-side$/);
    for (const path of CUSTOMER_PAGES) await expectNoSeriousViolations(page, path);
  });

  test("admin pages have no serious or critical violations", async ({ page }) => {
    await logInAndWait(page, "admin@example.com", /\/admin$/);
    for (const path of STAFF_PAGES) await expectNoSeriousViolations(page, path);
  });

  test("second-factor pages have no serious or critical violations", async ({ page }) => {
    await logIn(page, "kundeservice@example.com");
    await expect(page).toHaveURL(/\/logg-inn\/kode$/);
    await expectNoSeriousViolations(page, "/logg-inn/kode");
    await page.getByRole("button", { name: "Logg ut", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);

    // The new employee has not set up the app: the set-up page with its QR code.
    await logIn(page, "nyansatt@example.com");
    await expect(page).toHaveURL(/\/logg-inn\/totp-oppsett$/);
    await expectNoSeriousViolations(page, "/logg-inn/totp-oppsett");
  });
});
