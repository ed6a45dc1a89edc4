import { logInAndWait } from "./support/session";
import { captureAdminCreateStaff, captureStaffSearch, replayAction } from "./support/staff-action";
import { expect, test } from "./support/test";

test.describe("access control", () => {
  test("P20: a customer gets 404 on /admin", async ({ page }) => {
    await logInAndWait(page, "ola.hansen@example.com", /\/min-side$/);
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(404);
    await expect(page.getByText("Kundeservice", { exact: true })).toHaveCount(0);
  });

  test("P20: a customer replaying a staff action's POST gets 404 and no customer data", async ({
    browser,
  }) => {
    const search = await captureStaffSearch(browser);

    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await logInAndWait(customerPage, "ola.hansen@example.com", /\/min-side$/);
    const replay = await replayAction(customer, search);
    expect(replay.status()).toBe(404);
    expect(await replay.text()).not.toContain("Nordmann");
    await customer.close();
  });

  test("P20: customer service replaying an administrator-only action's POST gets 404", async ({
    browser,
  }) => {
    const createStaff = await captureAdminCreateStaff(browser);

    const support = await browser.newContext();
    const supportPage = await support.newPage();
    await logInAndWait(supportPage, "kundeservice@example.com", /\/admin$/);
    const replay = await replayAction(support, createStaff, "/admin/ansatte");
    expect(replay.status()).toBe(404);
    expect(await replay.text()).not.toContain("gyldig e-postadresse");
    await support.close();
  });
});
