import type { Page } from "@playwright/test";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { waitForWorker } from "./support/offline";
import { standInForBrowserPush } from "./support/push";
import { logIn } from "./support/session";
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
  "/angreskjema",
  "/avtalevilkar",
  "/avtalevilkar/2026-12-07",
  "/bli-kunde",
  "/bli-kunde/uten-bankid",
  "/bli-kunde/aktiveringskode",
  "/bli-kunde/vurdering/ugyldig-lenke",
  "/henvendelse/ugyldig-lenke",
  "/api/v1/docs",
  "/frakoblet",
  "/finnes-ikke",
];
const CUSTOMER_PAGES = [
  "/min-side",
  "/min-side/avtale",
  "/min-side/forbruk",
  "/min-side/forbruk?periode=dag&opplosning=kvarter",
  "/min-side/forbruk?periode=ar",
  "/min-side/forbruk/norgespris",
  "/min-side/faktura",
  "/min-side/meldinger",
  "/min-side/profil",
  "/min-side/profil/totrinn",
  "/min-side/personvern",
  "/min-side/personvern/innsyn",
  "/min-side/personvern/oppslag",
];
const STAFF_PAGES = [
  "/admin",
  "/admin/ansatte",
  "/admin/samtykker",
  "/admin/kredittvurderinger",
  "/admin/personvernsaker",
  "/admin/personvernsaker/ny",
  "/admin/meldinger",
  "/admin/meldinger/ny",
  "/admin/meldinger?status=ANSWERED",
  "/admin/revisjonslogg",
  "/admin/faktura",
  "/admin/faktura/innbetalinger",
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

  test("Min side pages have no serious or critical violations", async ({ page, accounts }) => {
    // Eleven pages, among them the access copy's long tables: axe needs minutes here when another
    // worker shares the cores.
    test.setTimeout(240_000);
    await accounts.signIn(page, "kari.nordmann@example.com");
    for (const path of CUSTOMER_PAGES) await expectNoSeriousViolations(page, path);
    // A thread (Kari's seeded one, answered by customer service).
    await page.goto("/min-side/meldinger");
    await page.getByRole("link", { name: "Spørsmål om fakturaen" }).click();
    await expect(page.getByRole("heading", { name: "Spørsmål om fakturaen" })).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/min-side/meldinger/[id]");
  });

  test.describe("with the service worker", () => {
    // Turning notifications on needs the worker, which the suite blocks elsewhere (playwright.config.ts).
    test.use({ serviceWorkers: "allow" });

    test("Profil's Varsler card with notifications on has no serious or critical violations", async ({
      page,
      context,
      accounts,
    }) => {
      const customer = await accounts.customer({ like: "Sofie" });
      await standInForBrowserPush(context, page);
      await accounts.signIn(page, customer);
      await page.goto("/min-side/profil");
      await waitForWorker(page);
      const card = page.getByRole("region", { name: "Varsler" });
      await card.getByRole("button", { name: "Slå på varsler på denne enheten" }).click();
      await expect(card.getByRole("button", { name: "Send en testvarsel" })).toBeVisible();
      await expectNoSeriousViolationsNow(page, "/min-side/profil with notifications on");
    });
  });

  test("Profil's API-nøkler card, with a new token shown once and the list, has no serious or critical violations", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, await accounts.customer(), { strong: true });
    await page.goto("/min-side/profil");
    const card = page.getByRole("region", { name: "API-nøkler" });
    await card.getByRole("button", { name: "Lag API-nøkkel" }).click();
    await expect(card.getByText("Velg minst én ting nøkkelen kan lese.")).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/min-side/profil with the token form's errors");
    await card.getByLabel("Navn på nøkkelen").fill("Hjemmeautomasjon");
    await card.getByRole("checkbox", { name: /^Forbruk/ }).check();
    await card.getByRole("button", { name: "Lag API-nøkkel" }).click();
    await expect(
      card.getByRole("heading", { name: "API-nøkkelen «Hjemmeautomasjon» er laget" }),
    ).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/min-side/profil with a new API token");
  });

  test("admin pages have no serious or critical violations", async ({ page, accounts }) => {
    // One axe run per staff page in one test: about 20 s on a quiet machine, over 30 s on a busy one.
    test.slow();
    await accounts.signIn(page, await accounts.admin());
    for (const path of STAFF_PAGES) await expectNoSeriousViolations(page, path);
    await page.goto("/admin/meldinger?status=ANSWERED");
    await page.getByRole("link", { name: "Spørsmål om fakturaen" }).click();
    await expect(page.getByRole("heading", { name: "Spørsmål om fakturaen" })).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/meldinger/[id]");
  });

  test("finding and viewing a customer has no serious or critical violations", async ({ page, accounts }) => {
    await accounts.signIn(page, await accounts.support());
    // A customer from a thread: the view, then the revealed national ID, then the question why.
    await page.goto("/admin/meldinger?status=ANSWERED");
    await page.getByRole("link", { name: "Spørsmål om fakturaen" }).click();
    await page.getByRole("link", { name: /^Kari Nordmann$/ }).click();
    await expect(page.getByRole("heading", { name: "Kari Nordmann", level: 1 })).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/kunder/[id]?grunn=inquiry");
    await page.getByRole("button", { name: "Vis fødselsnummer" }).click();
    await expect(page.getByText(/ført i revisjonsloggen\./)).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/kunder/[id] with the national ID shown");
    await page.goto(page.url().replace(/\?.*$/, ""));
    await expectNoSeriousViolationsNow(page, "/admin/kunder/[id] asking why");
    await page.goto("/admin");
    await page.getByLabel("Søk etter kunde").fill("nordmann");
    await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("inquiry");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await expect(page.getByText("Fant 1 kunde.")).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin with search results");
  });

  test("second-factor pages have no serious or critical violations", async ({ page, accounts }) => {
    await logIn(page, (await accounts.support()).email);
    await expect(page).toHaveURL(/\/logg-inn\/kode$/);
    await expectNoSeriousViolations(page, "/logg-inn/kode");
    await page.getByRole("button", { name: "Logg ut", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);

    // The new employee has not set up the app: the set-up page with its QR code.
    await logIn(page, (await accounts.support({ app: false })).email);
    await expect(page).toHaveURL(/\/logg-inn\/totp-oppsett$/);
    await expectNoSeriousViolations(page, "/logg-inn/totp-oppsett");
  });
});
