import type { Page } from "@playwright/test";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { DEMO_PASSWORD } from "./support/e2e-settings";
import { freshTotpCode } from "./support/second-factor";
import { expect, formAlert, test } from "./support/test";

// Step-up: downloads, erasure and changes of login details want a strong proof from the last 10
// minutes (BankID, or a current code from the authenticator app). The accounts here sign in as a
// password and a recovery code would: past the second factor, with no strong proof yet.

const STEP_UP_CARD = { name: "Bekreft at det er deg" } as const;

/** On the step-up page: a current code from the app, and back to where the user was going. */
async function stepUpWithCode(page: Page, account: { email: string; totpSecret?: string }) {
  await expect(page.getByRole("heading", { level: 1, name: "Bekreft at det er deg" })).toBeVisible();
  await page.getByLabel("Kode fra appen").fill(await freshTotpCode(account.email, account.totpSecret ?? ""));
  await page.getByRole("button", { name: "Bekreft med koden" }).click();
}

test("a customer with the app is asked to confirm before erasure, confirms with a code, and erasure proceeds", async ({
  page,
  accounts,
}) => {
  const customer = await accounts.customer({ app: true, ended: true });
  await accounts.signIn(page, customer);
  await page.goto("/min-side/personvern");
  const card = page.getByRole("region", STEP_UP_CARD);
  await expect(card).toContainText("Av sikkerhetshensyn må du bekrefte at det er deg før du");

  // The erasure form alone does not get past it: refused, and nothing is erased.
  const erasure = page.getByRole("region", { name: "Sletting" });
  await erasure.getByLabel("Bekreft med passordet ditt").fill(DEMO_PASSWORD);
  await erasure.getByRole("button", { name: "Slett opplysningene mine" }).click();
  await expect(formAlert(page)).toContainText(
    "Bekreft at det er deg med BankID eller koden fra autentiseringsappen før du sletter opplysningene dine",
  );
  await expect(page).toHaveURL(/\/min-side\/personvern$/);

  await card.getByRole("link", { name: "Bekreft at det er deg" }).click();
  await expect(page).toHaveURL(/\/bekreft-identitet\?tilbake=%2Fmin-side%2Fpersonvern$/);
  await expect(page.getByRole("button", { name: "Bekreft med BankID" })).toBeVisible();
  await expectNoSeriousViolationsNow(page, "/bekreft-identitet (customer)");
  // A recovery code is no strong proof.
  await page.getByLabel("Kode fra appen").fill("ab3cd-ef4gh");
  await page.getByRole("button", { name: "Bekreft med koden" }).click();
  await expect(page.getByLabel("Kode fra appen")).toHaveAccessibleDescription(
    /gjenopprettingskode kan ikke brukes/,
  );
  await stepUpWithCode(page, customer);

  await expect(page).toHaveURL(/\/min-side\/personvern$/);
  await expect(page.getByRole("region", STEP_UP_CARD)).toHaveCount(0);
  await erasure.getByLabel("Bekreft med passordet ditt").fill(DEMO_PASSWORD);
  await erasure.getByRole("button", { name: "Slett opplysningene mine" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?melding=opplysninger-slettet/);
});

test("the JSON download goes to the step-up page while the proof is stale, and downloads after it", async ({
  page,
  accounts,
}) => {
  const customer = await accounts.customer({ app: true });
  await accounts.signIn(page, customer);
  const stale = await page.request.get("/min-side/personvern/innsyn/json", { maxRedirects: 0 });
  expect(stale.status()).toBe(307);
  expect(stale.headers().location).toContain("/bekreft-identitet?tilbake=%2Fmin-side%2Fpersonvern%23innsyn");

  await page.goto("/min-side/personvern/innsyn/json");
  await expect(page).toHaveURL(/\/bekreft-identitet\?tilbake=%2Fmin-side%2Fpersonvern%23innsyn$/);
  await stepUpWithCode(page, customer);
  await expect(page).toHaveURL(/\/min-side\/personvern(#innsyn)?$/);

  const fresh = await page.request.get("/min-side/personvern/innsyn/json");
  expect(fresh.status()).toBe(200);
  expect(fresh.headers()["content-disposition"]).toContain("klarkraft-innsyn");
});

test("Profil asks a customer without the app to confirm with BankID before a new password", async ({
  page,
  accounts,
}) => {
  await accounts.signIn(page, await accounts.customer());
  await page.goto("/min-side/profil");
  await expect(page.getByRole("region", STEP_UP_CARD)).toContainText(
    "før du bytter passord eller lager en API-nøkkel.",
  );
  await page.getByRole("region", STEP_UP_CARD).getByRole("link", { name: "Bekreft at det er deg" }).click();
  await expect(page).toHaveURL(/\/bekreft-identitet\?tilbake=%2Fmin-side%2Fprofil$/);
  await expect(page.getByRole("button", { name: "Bekreft med BankID" })).toBeVisible();
  // No app, so no code form.
  await expect(page.getByLabel("Kode fra appen")).toHaveCount(0);
});

test("staff confirm with their app on the same page, and go back to /admin", async ({ page, accounts }) => {
  const support = await accounts.support();
  await accounts.signIn(page, support);
  await page.goto("/bekreft-identitet");
  await expect(page.getByRole("button", { name: "Bekreft med BankID" })).toHaveCount(0);
  await expectNoSeriousViolationsNow(page, "/bekreft-identitet (staff)");
  await stepUpWithCode(page, support);
  await expect(page).toHaveURL(/\/admin$/);
  await page.goto("/bekreft-identitet");
  await expect(page.getByRole("status").filter({ hasText: "Du har bekreftet at det er deg." })).toBeVisible();
});
