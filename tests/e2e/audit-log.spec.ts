import { expect, test } from "./support/test";

test.describe("audit log", () => {
  test("P20: an administrator sees the search, the view and the reveal of a customer in the audit log, and as CSV", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, await accounts.admin());
    await page.getByLabel("Søk etter kunde").fill("Nordmann");
    await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("invoice");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await page.getByRole("link", { name: "Kari Nordmann" }).click();
    await expect(page).toHaveURL(/\/admin\/kunder\/[0-9a-f-]{36}\?grunn=invoice$/);
    const customerId = new URL(page.url()).pathname.split("/").at(-1) ?? "";
    await page.getByRole("button", { name: "Vis fødselsnummer" }).click();
    await expect(page.getByText(/ført i revisjonsloggen\./)).toBeVisible();

    await page.goto("/admin");
    await page.getByRole("link", { name: "Revisjonslogg" }).click();
    await page.getByLabel("Kunde (kundenummer eller kunde-id)").fill(customerId);
    await page.getByRole("button", { name: "Vis", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`kunde=${customerId}`));
    const table = page.getByRole("table");
    for (const action of ["customer.search.result", "customer.view", "customer.national-id.reveal"]) {
      await expect(table.getByRole("cell", { name: action, exact: true }).first()).toBeVisible();
    }
    await expect(table.getByText('"reason":"invoice"').first()).toBeVisible();

    const csv = await page.request.get(`/admin/revisjonslogg/csv?kunde=${customerId}&handling=customer.view`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trimEnd().split("\r\n");
    expect(lines[0]).toBe("\uFEFFid,tid,ansatt_id,rolle,handling,kunde_id,maltype,mal_id,detaljer");
    expect(lines.slice(1).every((line) => line.includes(`,customer.view,${customerId},`))).toBe(true);
    expect(lines.length).toBeGreaterThan(1);
  });

  test("P20: customer service and customers get 404 on the audit log and its CSV", async ({
    browser,
    accounts,
  }) => {
    for (const account of [await accounts.support(), "ola.hansen@example.com"]) {
      const email = typeof account === "string" ? account : account.email;
      const context = await browser.newContext();
      const page = await context.newPage();
      await accounts.signIn(page, account);
      expect((await page.goto("/admin/revisjonslogg"))?.status(), email).toBe(404);
      const csv = await page.request.get("/admin/revisjonslogg/csv");
      expect(csv.status(), email).toBe(404);
      expect(await csv.text()).not.toContain("handling");
      await context.close();
    }
  });
});
