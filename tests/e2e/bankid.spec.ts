// BankID through the local identity provider the suite's server started (src/platform/bankid/simulator):
// real authorization code flow with PKCE, state and nonce, real signed ID tokens. The provider's test
// page can also spoil the ID token in one way (wrong issuer, audience, signature, expiry, nonce) for
// this one sign-in, so each refusal of next-auth's validation is seen from the browser.
import type { Page } from "@playwright/test";
import { chooseBankIdPerson } from "./support/bankid";
import { logIn } from "./support/session";
import { expect, test } from "./support/test";

const TOKEN_FAULTS = ["bad-signature", "wrong-issuer", "wrong-audience", "expired", "wrong-nonce"] as const;

async function startSignIn(page: Page, returnTo?: string) {
  await page.goto(returnTo ? `/logg-inn?tilbake=${encodeURIComponent(returnTo)}` : "/logg-inn");
  await page.getByRole("button", { name: "Logg inn med BankID" }).click();
}

async function signedIn(page: Page): Promise<boolean> {
  const response = await page.request.get("/min-side", { maxRedirects: 0 });
  return response.status() === 200;
}

test.describe("BankID", () => {
  test("P15: a customer signs in with BankID, with no password and no code, and lands on Min side", async ({
    page,
    accounts,
  }) => {
    const customer = await accounts.customer();
    await startSignIn(page, "/min-side/avtale");
    await chooseBankIdPerson(page, { nationalId: customer.nationalId ?? "", level: "substantial" });
    await expect(page).toHaveURL(/\/min-side\/avtale$/);
    await page.goto("/min-side");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(customer.name);
  });

  test("P15: a national ID with no customer account signs nobody in, and says how to become one", async ({
    page,
  }) => {
    await startSignIn(page);
    // Glad Elefant is in Folkeregisteret but not a customer.
    await chooseBankIdPerson(page, { nationalId: "17858412013" });
    await expect(page).toHaveURL(/\/logg-inn\?bankid=unknown-person/);
    await expect(page.getByText(/Vi fant ingen kundekonto for deg/)).toBeVisible();
    expect(await signedIn(page)).toBe(false);
  });

  for (const fault of TOKEN_FAULTS) {
    test(`P15: an ID token with ${fault} is refused: a Norwegian message and no session`, async ({
      page,
      accounts,
    }) => {
      const customer = await accounts.customer();
      await startSignIn(page);
      await chooseBankIdPerson(page, { nationalId: customer.nationalId ?? "", fault });
      await expect(page).toHaveURL(/\/logg-inn\?bankid=token-rejected/);
      await expect(page.getByText(/Svaret fra BankID kunne ikke godkjennes/)).toBeVisible();
      expect(await signedIn(page)).toBe(false);
    });
  }

  test("pressing Avbryt at BankID signs nobody in and says so", async ({ page }) => {
    await startSignIn(page);
    await page.getByRole("button", { name: "Avbryt" }).click();
    await expect(page).toHaveURL(/\/logg-inn\?bankid=cancelled/);
    await expect(page.getByText("Du avbrøt BankID. Ingenting er endret.")).toBeVisible();
  });

  test("a replayed callback, in a browser whose state and PKCE cookies it does not match, makes no session", async ({
    page,
    browser,
    accounts,
  }) => {
    const customer = await accounts.customer();
    let callback = "";
    page.on("request", (request) => {
      if (request.url().includes("/api/auth/callback/bankid-no")) callback = request.url();
    });
    await startSignIn(page);
    await chooseBankIdPerson(page, { nationalId: customer.nationalId ?? "" });
    await expect(page).toHaveURL(/\/min-side$/);
    expect(callback).not.toBe("");

    const other = await browser.newContext();
    const replay = await other.newPage();
    await replay.goto(callback);
    await expect(replay).toHaveURL(/\/logg-inn\?bankid=/);
    expect(await signedIn(replay)).toBe(false);
    await other.close();
  });

  test("P20: a refused BankID answer is in the audit log", async ({ page, browser, accounts }) => {
    const since = Date.now();
    const customer = await accounts.customer();
    await startSignIn(page);
    await chooseBankIdPerson(page, { nationalId: customer.nationalId ?? "", fault: "wrong-audience" });
    await expect(page).toHaveURL(/\/logg-inn\?bankid=token-rejected/);

    const staff = await (await browser.newContext()).newPage();
    await accounts.signIn(staff, await accounts.admin());
    const csv = await staff.request.get("/admin/revisjonslogg/csv?handling=auth.bankid.rejected");
    const rows = (await csv.text()).trimEnd().split("\r\n").slice(1);
    const recent = rows.filter((row) => Date.parse(row.split(",")[1] ?? "") >= since - 1000);
    expect(recent.some((row) => row.includes("token-rejected") && row.includes("sign-in"))).toBe(true);
  });

  test("step-up with BankID before a download of the access copy, then it downloads", async ({
    page,
    accounts,
  }) => {
    const customer = await accounts.customer();
    await accounts.signIn(page, customer);
    await page.goto("/min-side/personvern/innsyn/json");
    await expect(page).toHaveURL(/\/bekreft-identitet\?tilbake=/);
    await page.getByRole("button", { name: "Bekreft med BankID" }).click();
    await chooseBankIdPerson(page, { nationalId: customer.nationalId ?? "", level: "substantial" });
    await expect(page).toHaveURL(/\/min-side\/personvern(#innsyn)?$/);
    const download = await page.request.get("/min-side/personvern/innsyn/json");
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain("klarkraft-innsyn");
  });

  test("step-up with BankID before an erasure, and the erasure goes through", async ({ page, accounts }) => {
    const customer = await accounts.customer({ ended: true });
    await accounts.signIn(page, customer);
    await page.goto("/min-side/personvern");
    const card = page.getByRole("region", { name: "Bekreft at det er deg" });
    await card.getByRole("link", { name: "Bekreft at det er deg" }).click();
    await page.getByRole("button", { name: "Bekreft med BankID" }).click();
    await chooseBankIdPerson(page, { nationalId: customer.nationalId ?? "" });
    await expect(page).toHaveURL(/\/min-side\/personvern$/);
    const erasure = page.getByRole("region", { name: "Sletting" });
    await erasure.getByLabel("Bekreft med passordet ditt").fill(customer.password);
    await erasure.getByRole("button", { name: "Slett opplysningene mine" }).click();
    await expect(page).toHaveURL(/\/logg-inn\?melding=opplysninger-slettet/);
  });

  test("someone else's BankID does not confirm the signed-in customer", async ({ page, accounts }) => {
    const customer = await accounts.customer();
    const other = await accounts.customer();
    await accounts.signIn(page, customer);
    await page.goto("/bekreft-identitet?tilbake=%2Fmin-side%2Fpersonvern");
    await page.getByRole("button", { name: "Bekreft med BankID" }).click();
    await chooseBankIdPerson(page, { nationalId: other.nationalId ?? "" });
    await expect(page).toHaveURL(/\/bekreft-identitet\?.*bankid=other-person/);
    await expect(page.getByText(/tilhører en annen person enn den som er logget inn/)).toBeVisible();
    const download = await page.request.get("/min-side/personvern/innsyn/json", { maxRedirects: 0 });
    expect(download.status()).toBe(307);
  });

  test("P15: forgot the password: sign in with BankID and choose a new one in Profil without the old one", async ({
    page,
    accounts,
  }) => {
    const customer = await accounts.customer();
    await startSignIn(page);
    await chooseBankIdPerson(page, { nationalId: customer.nationalId ?? "" });
    await expect(page).toHaveURL(/\/min-side$/);
    await page.goto("/min-side/profil");
    await expect(page.getByLabel("Nåværende passord")).toHaveCount(0);
    const newPassword = "Nordlys over Lofoten i februar";
    await page.getByLabel("Nytt passord", { exact: true }).fill(newPassword);
    await page.getByLabel("Gjenta nytt passord").fill(newPassword);
    await page.getByRole("button", { name: "Bytt passord" }).click();
    await expect(page).toHaveURL(/\/logg-inn\?melding=passord-endret/);
    // Back where the change was made, signed in with the new password.
    await logIn(page, customer.email, newPassword);
    await expect(page).toHaveURL(/\/min-side\/profil$/);
  });
});
