import {
  aimAtNoThread,
  captureAdminCreateStaff,
  capturePost,
  captureStaffSearch,
  replayAction,
} from "./support/staff-action";
import { expect, test } from "./support/test";

test.describe("access control", () => {
  test("P20: a customer gets 404 on /admin", async ({ page, accounts }) => {
    await accounts.signIn(page, "ola.hansen@example.com");
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Kundeservice", { exact: true })).toHaveCount(0);
  });

  test("P20: a customer replaying a staff action's POST gets 404 and no customer data", async ({
    browser,
    accounts,
  }) => {
    const search = await captureStaffSearch(browser);

    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await accounts.signIn(customerPage, "ola.hansen@example.com");
    const replay = await replayAction(customer, search);
    expect(replay.status()).toBe(404);
    expect(await replay.text()).not.toContain("Nordmann");
    await customer.close();
  });

  test("P20: customer service replaying an administrator-only action's POST gets 404", async ({
    browser,
    accounts,
  }) => {
    const createStaff = await captureAdminCreateStaff(browser);

    const support = await browser.newContext();
    const supportPage = await support.newPage();
    await accounts.signIn(supportPage, await accounts.support());
    const replay = await replayAction(support, createStaff, "/admin/ansatte");
    expect(replay.status()).toBe(404);
    expect(await replay.text()).not.toContain("gyldig e-postadresse");
    await support.close();
  });

  test("P20: a customer gets 404 on every admin page", async ({ page, accounts }) => {
    await accounts.signIn(page, "ola.hansen@example.com");
    for (const path of [
      "/admin/meldinger",
      "/admin/meldinger?status=CLOSED",
      "/admin/meldinger/00000000-0000-7000-8000-000000000000",
      "/admin/kunder/00000000-0000-7000-8000-000000000000?grunn=inquiry",
      "/admin/revisjonslogg",
      "/admin/revisjonslogg/csv",
      "/admin/ansatte",
      "/admin/samtykker",
      "/admin/faktura",
      "/admin/faktura/00000000-0000-7000-8000-000000000000",
      "/admin/faktura/innbetalinger",
    ]) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
    }
  });

  test("P20: a customer replaying any inbox or customer-view action gets 404, and nothing is shown or changed", async ({
    browser,
    accounts,
  }) => {
    // One administrator session captures them all (each sign-in spends a one-time code).
    const admin = await browser.newContext();
    const page = await admin.newPage();
    await accounts.signIn(page, await accounts.admin());
    const openThread = async () => {
      await page.goto("/admin/meldinger?status=ANSWERED");
      await page.getByRole("link", { name: "Spørsmål om fakturaen" }).click();
      await expect(page.getByRole("heading", { name: "Spørsmål om fakturaen" })).toBeVisible();
    };
    await openThread();
    // An empty answer: refused with a field error, so nothing is sent.
    const reply = await capturePost(
      page,
      () => page.getByRole("button", { name: "Send svar" }).click(),
      "Skriv en melding.",
    );
    // Assign and close aimed at a thread that does not exist: the action answers, nothing changes.
    await openThread();
    await aimAtNoThread(page);
    const assign = await capturePost(
      page,
      () => page.getByRole("button", { name: "Ta saken" }).click(),
      "Fant ikke henvendelsen.",
    );
    await openThread();
    await aimAtNoThread(page);
    const close = await capturePost(
      page,
      () => page.getByRole("button", { name: "Lukk henvendelsen" }).click(),
      "Fant ikke henvendelsen.",
    );
    // Registering an inquiry from someone without a login, with nothing filled in: refused.
    await page.goto("/admin/meldinger/ny");
    const register = await capturePost(
      page,
      () => page.getByRole("button", { name: "Registrer henvendelsen" }).click(),
      "Skriv hva henvendelsen gjelder.",
    );
    await openThread();
    await page.getByRole("link", { name: "Kari Nordmann" }).click();
    const reveal = await capturePost(
      page,
      () => page.getByRole("button", { name: "Vis fødselsnummer" }).click(),
      /ført i revisjonsloggen\./,
    );
    await admin.close();
    const captured = { reply, assign, close, reveal, register };

    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await accounts.signIn(customerPage, "ola.hansen@example.com");
    for (const [name, action] of Object.entries(captured)) {
      const replay = await replayAction(customer, action);
      expect(replay.status(), name).toBe(404);
      const text = await replay.text();
      expect(text, name).not.toMatch(
        /Fant ikke henvendelsen|Skriv en melding|Skriv hva henvendelsen gjelder|Fødselsnummeret vises|nationalId/,
      );
    }
    await customer.close();
  });
});
