import type { Page } from "@playwright/test";
import { RECOVERY_CODE_COUNT } from "../../src/features/second-factor/domain/second-factor";
import { totpCodeAt } from "../support/totp";
import { DEMO_PASSWORD } from "./support/e2e-settings";
import { enterCode, freshTotpCode, shownSecret, wrongTotpCode } from "./support/second-factor";
import { logIn } from "./support/session";
import { captureStaffSearch, replayAction } from "./support/staff-action";
import { expect, formAlert, test } from "./support/test";

/** Customers confirm with their password too; staff only with the code. */
async function confirmApp(page: Page, code: string, password?: string) {
  await page.getByLabel("Kode fra appen").fill(code);
  if (password !== undefined) await page.getByLabel("Passordet ditt").fill(password);
  await page.getByRole("button", { name: "Slå på totrinnsinnlogging" }).click();
}

/** Sets up the app on the page showing its QR code; returns the secret and the recovery codes. */
async function setUpApp(page: Page, account: string, password?: string) {
  await expect(page.getByRole("img", { name: /QR-kode/ })).toBeVisible();
  const secret = await shownSecret(page);
  await confirmApp(page, await freshTotpCode(account, secret), password);
  await expect(page.getByRole("heading", { name: "Totrinnsinnlogging er slått på" })).toBeFocused();
  const recoveryCodes = await page
    .getByRole("list", { name: "Gjenopprettingskoder" })
    .getByRole("listitem")
    .allTextContents();
  expect(recoveryCodes).toHaveLength(RECOVERY_CODE_COUNT);
  return { secret, recoveryCodes };
}

async function logOut(page: Page) {
  await page.getByRole("button", { name: "Logg ut", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
}

test.describe("second factor", () => {
  test("staff give a code from their app after the password; a wrong code is refused", async ({
    page,
    accounts,
  }) => {
    const support = await accounts.support();
    const secret = support.totpSecret ?? "";
    await page.goto("/admin");
    await logIn(page, support.email);
    await expect(page).toHaveURL(/\/logg-inn\/kode\?tilbake=%2Fadmin$/);
    // Until the code is given, the header offers nothing but a way out.
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Logg ut", exact: true })).toBeVisible();

    await enterCode(page, wrongTotpCode(secret));
    await expect(formAlert(page)).toContainText("Koden stemmer ikke");
    await expect(page).toHaveURL(/\/logg-inn\/kode/);

    await enterCode(page, await freshTotpCode(support.email, secret));
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kundeservice");
  });

  test("P20: a staff session still waiting for its code gets no customer data from /admin or the search action", async ({
    browser,
    accounts,
  }) => {
    const search = await captureStaffSearch(browser);

    const pending = await browser.newContext();
    const page = await pending.newPage();
    await logIn(page, (await accounts.support()).email);
    await expect(page).toHaveURL(/\/logg-inn\/kode/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/logg-inn\/kode\?tilbake=%2Fadmin$/);
    await expect(page.getByText("Finn en kunde")).toHaveCount(0);

    const replay = await replayAction(pending, search);
    expect(replay.status()).toBeLessThan(500);
    expect(replay.headers()["x-action-redirect"] ?? replay.headers().location).toContain("/logg-inn/kode");
    expect(await replay.text()).not.toContain("Nordmann");
    await pending.close();
  });

  test("a new employee sets up the app at first sign-in; a recovery code works once; an admin reset starts over", async ({
    page,
    browser,
    accounts,
  }) => {
    test.slow();
    const NEW_EMPLOYEE = (await accounts.support({ app: false })).email;
    await logIn(page, NEW_EMPLOYEE);
    await expect(page).toHaveURL(/\/logg-inn\/totp-oppsett$/);
    await page.goto("/admin");
    await expect(page).toHaveURL(/\/logg-inn\/totp-oppsett\?tilbake=%2Fadmin$/);

    const secret = await shownSecret(page);
    await confirmApp(page, wrongTotpCode(secret));
    await expect(formAlert(page)).toContainText("Koden stemmer ikke");
    const { recoveryCodes } = await setUpApp(page, NEW_EMPLOYEE);
    await page.getByRole("link", { name: "Fortsett til kundeservice" }).click();
    await expect(page).toHaveURL(/\/admin$/);

    // Without the phone: a recovery code signs in, once.
    const [recoveryCode = ""] = recoveryCodes;
    await logOut(page);
    await logIn(page, NEW_EMPLOYEE);
    await enterCode(page, recoveryCode.toUpperCase());
    await expect(page).toHaveURL(/\/admin$/);
    await logOut(page);
    await logIn(page, NEW_EMPLOYEE);
    await enterCode(page, recoveryCode);
    await expect(formAlert(page)).toContainText("allerede brukt");
    await enterCode(page, await freshTotpCode(NEW_EMPLOYEE, secret));
    await expect(page).toHaveURL(/\/admin$/);

    // Phone and codes lost: an administrator resets it, which signs the employee out everywhere.
    const admin = await browser.newContext();
    const adminPage = await admin.newPage();
    await accounts.signIn(adminPage, await accounts.admin());
    await adminPage.getByRole("link", { name: "Ansatte og totrinnsinnlogging" }).click();
    const row = adminPage.getByRole("row", { name: new RegExp(NEW_EMPLOYEE) });
    await expect(row).toContainText("Satt opp");
    const reset = adminPage.getByRole("region", { name: "Nullstill totrinnsinnlogging" });
    await reset.getByLabel("E-post").fill(NEW_EMPLOYEE);
    await adminPage.getByRole("button", { name: "Nullstill" }).click();
    // How many sessions depends on what other tests left open; this page's is checked below.
    await expect(
      adminPage.getByText(/er nullstilt, og \d+ (innlogget økt|innloggede økter) er logget ut/),
    ).toBeVisible();
    await expect(row).toContainText("Ikke satt opp");
    await admin.close();

    await page.goto("/admin");
    await expect(page).toHaveURL(/\/logg-inn\?tilbake=%2Fadmin$/);
    await logIn(page, NEW_EMPLOYEE);
    await expect(page).toHaveURL(/\/logg-inn\/totp-oppsett\?tilbake=%2Fadmin$/);
    expect(await shownSecret(page)).not.toBe(secret);
  });

  test("a customer turns it on in Profil with the password and a code, then needs a code to sign in, and turns it off with a recovery code", async ({
    page,
    accounts,
  }) => {
    test.slow();
    const ola = await accounts.customer({ like: "Ola" });
    const { email } = ola;
    await accounts.signIn(page, ola);
    await page.goto("/min-side/profil");
    await page.getByRole("link", { name: "Slå på totrinnsinnlogging" }).click();
    await expect(page).toHaveURL(/\/min-side\/profil\/totrinn$/);
    // A right code without the right password (a borrowed session) turns nothing on.
    // (The code is the current one, not taken from freshTotpCode: the server never claims it.)
    await confirmApp(page, totpCodeAt(await shownSecret(page), new Date()), "ikke mitt passord");
    await expect(formAlert(page)).toContainText("ble ikke slått på");
    await expect(page.getByLabel("Passordet ditt")).toHaveAccessibleDescription(/Passordet stemmer ikke/);
    const { secret, recoveryCodes } = await setUpApp(page, email, DEMO_PASSWORD);
    await page.getByRole("link", { name: "Tilbake til Profil" }).click();
    await expect(page.getByText(/^På siden/)).toBeVisible();

    await logOut(page);
    await logIn(page, email);
    await enterCode(page, await freshTotpCode(email, secret));
    await expect(page).toHaveURL(/\/min-side$/);

    await page.goto("/min-side/profil");
    await page.getByLabel("Kode for å slå av").fill(recoveryCodes[1] ?? "");
    await page.getByRole("button", { name: "Slå av totrinnsinnlogging" }).click();
    await expect(page.getByRole("link", { name: "Slå på totrinnsinnlogging" })).toBeVisible();

    await logOut(page);
    await logIn(page, email);
    await expect(page).toHaveURL(/\/min-side$/);
  });
});
