import { logInAndWait } from "./support/session";
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
    const staff = await browser.newContext();
    const staffPage = await staff.newPage();
    await logInAndWait(staffPage, "admin@example.com", /\/admin$/);
    await staffPage.getByLabel(/Søk/).fill("Nordmann");
    const [request] = await Promise.all([
      staffPage.waitForRequest((r) => r.method() === "POST" && r.url().includes("/admin")),
      staffPage.getByRole("button", { name: /Søk/ }).click(),
    ]);
    await expect(staffPage.getByText("Kari Nordmann")).toBeVisible();
    const actionHeaders = request.headers();
    const body = request.postDataBuffer();
    await staff.close();

    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await logInAndWait(customerPage, "ola.hansen@example.com", /\/min-side$/);
    const replay = await customer.request.post("/admin", {
      headers: {
        "next-action": actionHeaders["next-action"] ?? "",
        "content-type": actionHeaders["content-type"] ?? "text/plain",
        accept: "text/x-component",
      },
      data: body ?? "",
    });
    expect(replay.status()).toBe(404);
    expect(await replay.text()).not.toContain("Nordmann");
    await customer.close();
  });
});
