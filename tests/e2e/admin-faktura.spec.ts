import { expectNoSeriousViolationsNow } from "./support/axe";
import { expect, test } from "./support/test";

test.describe("/admin/faktura", () => {
  test("an administrator runs last month's billing, sees the result, opens a customer's invoice from the card and credits it with a reason", async ({
    page,
    browser,
    accounts,
  }) => {
    // The run bills every contract of the month in the suite's database: minutes on a loaded machine.
    test.setTimeout(300_000);
    // A customer of the test's own whose readings cover every past month, so last month is invoiced.
    const sofie = await accounts.customer({ like: "Sofie", readings: true });
    await accounts.signIn(page, await accounts.admin());
    await page.getByRole("link", { name: "Fakturering", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Fakturering", level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Innbetalinger" })).toHaveAttribute(
      "href",
      "/admin/faktura/innbetalinger",
    );
    const run = page.getByRole("button", { name: /^Kjør fakturering for / });
    const month = ((await run.textContent()) ?? "").replace("Kjør fakturering for ", "");
    await expectNoSeriousViolationsNow(page, "/admin/faktura");

    // The run bills every contract of the month, the suite's other customers' too: give it time.
    await run.click();
    await expect(
      page.getByText(new RegExp(`Faktureringen for ${month} er kjørt: \\d+ faktura(er)? utstedt`)),
    ).toBeVisible({ timeout: 180_000 });
    const result = page.getByRole("region", { name: `Resultat for ${month}` });
    await expect(result.getByText("Fakturaer utstedt")).toBeVisible();
    // Running again issues nothing twice.
    await run.click();
    await expect(
      page.getByText(new RegExp(`Faktureringen for ${month} er kjørt: 0 fakturaer utstedt`)),
    ).toBeVisible({ timeout: 60_000 });

    await page.goto("/admin");
    await page.getByLabel("Søk etter kunde").fill(sofie.name);
    await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("invoice");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await page.getByRole("link", { name: sofie.name }).click();
    const invoices = page.getByRole("region", { name: "Fakturaer" });
    await expect(invoices.getByRole("cell", { name: month })).toBeVisible();
    await invoices
      .getByRole("link", { name: /^Faktura \d+$/ })
      .first()
      .click();
    await expect(page).toHaveURL(/\/admin\/faktura\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: /^Faktura \d+$/, level: 1 })).toBeVisible();
    await expect(page.getByText(sofie.name).first()).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/faktura/[id]");

    const credit = page.getByRole("region", { name: "Krediter fakturaen" });
    await credit.getByLabel("Hvorfor krediteres fakturaen?").fill("Feil målerverdier for måneden.");
    await credit.getByRole("button", { name: "Krediter faktura" }).click();
    await expect(credit.getByText("Kryss av for at du vil kreditere hele fakturaen.")).toBeVisible();
    await credit.getByRole("checkbox").check();
    await credit.getByRole("button", { name: "Krediter faktura" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: /Fakturaen er kreditert med kreditnota \d+\./ }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Krediter fakturaen" })).toHaveCount(0);
    await page.getByRole("link", { name: /^Kreditnota \d+$/ }).click();
    await expect(page.getByRole("heading", { name: /^Kreditnota \d+$/, level: 1 })).toBeVisible();
    await expect(page.getByText("Feil målerverdier for måneden.")).toBeVisible();
    await expect(
      page.getByRole("region", { name: "Historikk" }).getByText("Kreditnota utstedt"),
    ).toBeVisible();

    // Customer service sees the month and the invoice, but neither runs billing nor credits.
    const support = await browser.newPage();
    await accounts.signIn(support, await accounts.support());
    await support.goto("/admin/faktura");
    await expect(support.getByText("Bare administratorer kan kjøre faktureringen.")).toBeVisible();
    await expect(support.getByRole("button", { name: /^Kjør fakturering/ })).toHaveCount(0);
    await support.close();
  });
});
