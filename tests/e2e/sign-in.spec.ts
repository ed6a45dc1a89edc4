import { decode } from "next-auth/jwt";
import { DEMO_TOTP_SECRET, E2E_AUTH_SECRET } from "./support/e2e-settings";
import { enterCode, freshTotpCode } from "./support/second-factor";
import { GENERIC_LOGIN_ERROR, logIn } from "./support/session";
import { expect, formAlert, test } from "./support/test";

test.describe("sign-in", () => {
  test("P15: a signed-out visitor to Min side logs in and comes back to their own name and contract", async ({
    page,
  }) => {
    await page.goto("/min-side");
    await expect(page).toHaveURL(/\/logg-inn\?tilbake=%2Fmin-side/);
    await logIn(page, "kari.nordmann@example.com");
    await expect(page).toHaveURL(/\/min-side$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Kari Nordmann");
    await expect(page.getByText("Spotpris").first()).toBeVisible();
    await expect(page.getByText(/NO1/).first()).toBeVisible();
    await expect(page.getByText("Ola Hansen")).toHaveCount(0);
  });

  test("a wrong password and an unknown email give the same generic error", async ({ page }) => {
    await logIn(page, "kari.nordmann@example.com", "not-the-password");
    await expect(formAlert(page)).toContainText(GENERIC_LOGIN_ERROR);
    const wrongPassword = await formAlert(page).textContent();

    await page.goto("/logg-inn");
    await logIn(page, "nobody-here@example.com", "not-the-password");
    await expect(formAlert(page)).toHaveText(wrongPassword ?? "");
    await expect(page).toHaveURL(/\/logg-inn/);
  });

  test("a login with 10,000-character fields gets a clear message, not a server error", async ({ page }) => {
    await page.goto("/logg-inn");
    await page.getByLabel("E-post").evaluate((el) => el.removeAttribute("maxlength"));
    await page.getByLabel("Passord", { exact: true }).evaluate((el) => el.removeAttribute("maxlength"));
    await logIn(page, `${"a".repeat(10_000)}@example.com`, "p".repeat(10_000));
    await expect(formAlert(page)).toBeVisible();
    await expect(page.getByText(/500|Internal Server Error|noe gikk galt/i)).toHaveCount(0);
  });

  test("P20: the session cookie carries only the id of a server-side session: no name, email or role", async ({
    page,
  }) => {
    // Signed in through the form: this is about the cookie the sign-in itself sets.
    await logIn(page, "kari.nordmann@example.com");
    await expect(page).toHaveURL(/\/min-side$/);
    const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe("Lax");
    // The browser suite's server runs as a demo, with the development secret.
    const payload = await decode({
      token: cookie?.value,
      secret: E2E_AUTH_SECRET,
      salt: "authjs.session-token",
    });
    expect(Object.keys(payload ?? {}).sort()).toEqual(["exp", "iat", "jti", "sid"]);
    expect(JSON.stringify(payload)).not.toMatch(/kari|nordmann|CUSTOMER/i);
  });

  test("a signed-in user sent to /logg-inn with a hostile ?tilbake= stays on this site", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, "kari.nordmann@example.com");
    for (const hostile of ["/.//evil.example", "/%2e//evil.example", "/%252F%252Fevil.example"]) {
      const response = await page.request.get(`/logg-inn?tilbake=${encodeURIComponent(hostile)}`, {
        maxRedirects: 0,
      });
      expect(response.headers().location, hostile).toBe("/min-side");
    }
  });

  test("/api/auth/session shows page JavaScript only the expiry, never the session row id", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, await accounts.customer({ like: "Ingrid" }));
    const session = await page.evaluate(() => fetch("/api/auth/session").then((r) => r.json()));
    expect(Object.keys(session)).toEqual(["expires"]);
    // The server still finds the session row behind the cookie.
    await page.goto("/min-side/profil");
    await expect(page).toHaveURL(/\/min-side\/profil$/);
  });

  test("staff log in with password and a code from the documented demo secret to the admin start page", async ({
    page,
  }) => {
    await logIn(page, "kundeservice@example.com");
    await expect(page).toHaveURL(/\/logg-inn\/kode$/);
    await enterCode(page, await freshTotpCode("kundeservice@example.com", DEMO_TOTP_SECRET));
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kundeservice");
  });

  test("logging out revokes the session: a copied cookie no longer opens Min side", async ({
    page,
    browser,
    accounts,
  }) => {
    await accounts.signIn(page, await accounts.customer({ like: "Ingrid" }));
    const stolen = await page.context().storageState();
    await page.getByRole("button", { name: "Logg ut", exact: true }).click();
    await expect(page).toHaveURL(/\/$/);

    const replay = await browser.newContext({ storageState: stolen });
    const replayPage = await replay.newPage();
    await replayPage.goto("/min-side");
    await expect(replayPage).toHaveURL(/\/logg-inn/);
    await replay.close();
  });

  test("guessing locks strangers out of an account, even with the right password, but not the holder's own browser", async ({
    page,
    browser,
    accounts,
  }) => {
    const { email } = await accounts.customer({ like: "Lars" });
    // Through the form: the holder's browser is the one the sign-in gave a device cookie.
    const holder = await browser.newPage();
    await logIn(holder, email);
    await expect(holder).toHaveURL(/\/min-side$/);
    await holder.getByRole("button", { name: "Logg ut", exact: true }).click();
    await expect(holder).toHaveURL(/\/$/);

    for (let attempt = 0; attempt < 5; attempt++) {
      await page.goto("/logg-inn"); // a fresh form each time, so the check below sees this attempt's answer
      await logIn(page, email, `wrong-${attempt}`);
      await expect(formAlert(page)).toContainText(GENERIC_LOGIN_ERROR);
    }
    await page.goto("/logg-inn");
    await logIn(page, email);
    await expect(formAlert(page)).toContainText(GENERIC_LOGIN_ERROR);
    await page.goto("/min-side");
    await expect(page).toHaveURL(/\/logg-inn/);

    await logIn(holder, email);
    await expect(holder).toHaveURL(/\/min-side$/);
    await holder.close();
  });
});
