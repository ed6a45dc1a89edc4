// Min side › Faktura on a 390 px phone (#22): the list, an invoice with its lines and how to pay, the
// copy button, the PDF, and another customer's invoice answering 404. Reads the demo customers' invoices
// (issued by the seed's billing run) and changes nothing.
import { expectNoSeriousViolationsNow } from "./support/axe";
import { expect, test } from "./support/test";

test.use({ viewport: { width: 390, height: 844 } });

/** The href of the newest invoice in the list on the page now. */
async function newestInvoiceHref(page: import("@playwright/test").Page): Promise<string> {
  const link = page
    .getByRole("table")
    .getByRole("link", { name: /^Faktura \d+$/ })
    .first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/min-side\/faktura\/[0-9a-f-]{36}$/);
  return href ?? "";
}

test("at 390 px Faktura lists the invoices with period, amount, due date and status, and passes axe", async ({
  page,
  accounts,
}) => {
  await accounts.signIn(page, "kari.nordmann@example.com");
  await page.getByRole("link", { name: "Faktura", exact: true }).click();
  await expect(page).toHaveURL(/\/min-side\/faktura$/);
  await expect(page.getByRole("heading", { level: 1, name: "Faktura" })).toBeVisible();
  const headers = page.getByRole("columnheader");
  await expect(headers).toHaveText(["Faktura", "Periode", "Beløp", "Forfall", "Status"]);
  expect(await page.getByRole("table").getByRole("row").count()).toBeGreaterThanOrEqual(10);
  await expect(page.getByRole("table")).toContainText(/\d kr/);
  await expect(page.getByRole("table")).toContainText(/Betalt|Ubetalt|Forfalt|Purret|Delvis betalt/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousViolationsNow(page, "/min-side/faktura at 390 px");
});

test("an invoice shows its lines, VAT, how to pay with a KID to copy, the Forbruk month and a PDF", async ({
  page,
  accounts,
}) => {
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await accounts.signIn(page, "kari.nordmann@example.com");
  await page.goto("/min-side/faktura");
  // An invoice with something left to pay, so that it says how to pay.
  const open = page
    .getByRole("row")
    .filter({ hasText: /Ubetalt|Forfalt|Purret|Delvis betalt/ })
    .first();
  await open.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Faktura \d+$/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Pris uten mva" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Merverdiavgift" })).toContainText("Totalt");
  await expect(
    page.getByText("Strømstøtte og Norgespris er ikke med på denne fakturaen").first(),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /^Se forbruket i \w+ \d{4}$/ })).toHaveAttribute(
    "href",
    /^\/min-side\/forbruk\?periode=maned&dato=\d{4}-\d{2}$/,
  );
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousViolationsNow(page, "/min-side/faktura/[id] at 390 px");

  await page.getByRole("button", { name: "Kopier KID" }).click();
  await expect(page.getByText("Kopiert.")).toBeVisible();
  const kid = await page.evaluate(() => navigator.clipboard.readText());
  expect(kid).toMatch(/^\d{5,25}$/);
  await expect(page.locator("dd", { hasText: kid })).toBeVisible();

  const pdfHref = await page.getByRole("link", { name: /som PDF$/ }).getAttribute("href");
  const pdf = await page.request.get(pdfHref ?? "");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
});

test("another customer's invoice and its PDF are 404", async ({ page, browser, accounts }) => {
  const kari = await browser.newPage();
  await accounts.signIn(kari, "kari.nordmann@example.com");
  await kari.goto("/min-side/faktura");
  const karisInvoice = await newestInvoiceHref(kari);
  await kari.close();

  // A customer of the test's own, shaped like Sofie, asks for Kari's invoice.
  await accounts.signIn(page, await accounts.customer({ like: "Sofie" }));
  const response = await page.goto(karisInvoice);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(karisInvoice.split("/").pop() ?? "")).toHaveCount(0);
  const pdf = await page.request.get(`${karisInvoice}/faktura.pdf`);
  expect(pdf.status()).toBe(404);
  expect((await page.request.get("/min-side/faktura/ikke-en-id/faktura.pdf")).status()).toBe(404);
});
