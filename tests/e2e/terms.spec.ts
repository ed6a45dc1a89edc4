// Avtalevilkår: the public terms page at 390 px, the link from "Bli kunde", and on Avtale the accepted
// version and the contract document (PDF), which only its own customer can download.
import { expectNoSeriousViolationsNow } from "./support/axe";
import { expect, test } from "./support/test";

test.use({ viewport: { width: 390, height: 844 } });

test("the terms page is public, accessible and readable at 390 px, with each product's price terms and the withdrawal form", async ({
  page,
}) => {
  await page.goto("/avtalevilkar");
  await expect(page.getByRole("heading", { level: 1, name: "Avtalevilkår" })).toBeVisible();
  await expect(page.getByText("Versjon 2026-12-07, fra 7. desember 2026")).toBeVisible();
  await expect(page.getByRole("heading", { name: "8. Endring av priser og vilkår" })).toBeVisible();
  const prices = page.getByRole("region", { name: "Prisvilkår for produktene" });
  await expect(prices.getByRole("heading", { name: "Spotpris" })).toBeVisible();
  await expect(prices.getByText("4,90 øre/kWh uten mva, 6,13 med mva")).toBeVisible();
  await expect(prices.getByText("79,90 øre/kWh uten mva, 99,88 med mva")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Angreskjema" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousViolationsNow(page, "/avtalevilkar at 390 px");

  // The version's own address; an unknown version is not found.
  await page.getByRole("link", { name: "Versjon 2026-12-07" }).click();
  await expect(page).toHaveURL(/\/avtalevilkar\/2026-12-07$/);
  await expect(page.getByText("Versjon 2026-12-07, fra 7. desember 2026")).toBeVisible();
  expect((await page.request.get("/avtalevilkar/2020-01-01")).status()).toBe(404);
});

test("Bli kunde's terms checkbox links to the terms, opened in a new tab so the form stays", async ({
  page,
}) => {
  await page.goto("/bli-kunde");
  const terms = page.getByRole("checkbox", { name: /Jeg har lest og godtar avtalevilkårene/ });
  await terms.check();
  const link = page.getByRole("link", { name: "Les avtalevilkårene (åpnes i ny fane)" });
  await expect(link).toHaveAttribute("href", "/avtalevilkar");
  const opened = page.waitForEvent("popup");
  await link.click();
  const tab = await opened;
  await expect(tab.getByRole("heading", { level: 1, name: "Avtalevilkår" })).toBeVisible();
  await expect(terms).toBeChecked();
});

test("Avtale shows the terms version of a new product and downloads the contract as a PDF; another customer's contract is 404", async ({
  page,
  browser,
  accounts,
}) => {
  await accounts.signIn(page, await accounts.customer({ like: "Sofie" }));
  await page.goto("/min-side/avtale");
  await expect(page.getByText("Avtalen ble inngått før vilkårene fikk versjon.")).toBeVisible();

  // A product change is a new contract on today's terms.
  const change = page.getByRole("region", { name: "Bytt produkt" });
  await change.getByRole("checkbox", { name: /bytte produkt/ }).check();
  await change.getByRole("button", { name: "Bytt produkt" }).click();
  await expect(page.getByRole("status")).toContainText("Produktbyttet er registrert");
  const version = page.getByRole("link", { name: "avtalevilkårene, versjon 2026-12-07" });
  await expect(version).toHaveAttribute("href", "/avtalevilkar/2026-12-07");

  const pdfLinks = page.getByRole("link", { name: "Last ned avtalen (PDF)" });
  await expect(pdfLinks).toHaveCount(2);
  const downloading = page.waitForEvent("download");
  await pdfLinks.first().click();
  expect((await downloading).suggestedFilename()).toMatch(/^klarkraft-avtale-\d{18}-\d{4}-\d{2}-\d{2}\.pdf$/);
  const href = (await pdfLinks.first().getAttribute("href")) ?? "";
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect((await response.body()).subarray(0, 5).toString()).toBe("%PDF-");

  // Another customer, signed in elsewhere, asks for this contract: not found, and no PDF.
  const other = await browser.newPage();
  await accounts.signIn(other, await accounts.customer({ like: "Sofie" }));
  const refused = await other.request.get(href);
  expect(refused.status()).toBe(404);
  expect(refused.headers()["content-type"]).not.toContain("pdf");
  expect((await other.request.get("/min-side/avtale/ikke-en-id/avtale.pdf")).status()).toBe(404);
  await other.close();
});
