import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { DEMO_CUSTOMERS } from "../../prisma/seed/people";
import { norwegianGsrn } from "../../src/platform/identifiers/gsrn";
import { expect, test } from "./support/test";

const gsrnOf = (email: string) =>
  norwegianGsrn(DEMO_CUSTOMERS.find((c) => c.email === email)?.gsrnSerial ?? 0);

/** "1 234,57 kWh" → 123457 (hundredths). */
function hundredths(text: string): number {
  const digits = text.replace(/[^\d,-]/g, "").replace(",", ".");
  return Math.round(Number(digits) * 100);
}

/** Follows the previous-period link and waits until the page shows that period. */
async function goBackOnePeriod(page: Page, name: string) {
  const link = page.getByRole("link", { name });
  const target = new URL((await link.getAttribute("href")) ?? "", page.url()).searchParams.get("dato") ?? "";
  await link.click();
  await expect(page).toHaveURL(new RegExp(`dato=${target}`));
}

/** Opens the table under the chart (it may stay open across a client-side navigation). */
async function showTable(page: Page) {
  if ((await page.locator("details[open]").count()) === 0)
    await page.getByText("Vis tallene som tabell").click();
}

test.beforeEach(async ({ page, accounts }) => {
  await accounts.signIn(page, "kari.nordmann@example.com");
});

test("P14: Kari changes the period and resolution: a day in quarter hours, then hours, then the day before", async ({
  page,
}) => {
  await page.getByRole("link", { name: "Forbruk", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forbruk" })).toBeVisible();
  const periods = page.getByRole("list", { name: "Periode" });
  const resolutions = page.getByRole("list", { name: "Oppløsning" });
  await periods.getByRole("link", { name: "Dag" }).click();
  await expect(page).toHaveURL(/periode=dag/);
  await goBackOnePeriod(page, "Forrige dag");
  await resolutions.getByRole("link", { name: "Per kvarter" }).click();
  await expect(page).toHaveURL(/opplosning=kvarter/);
  await expect(resolutions.getByRole("link", { name: "Per kvarter" })).toHaveAttribute(
    "aria-current",
    "page",
  );

  await showTable(page);
  const table = page.getByRole("table", { name: /Forbruk/ });
  // Yesterday (not a DST day in the demo's November): 96 quarters, each with its reading.
  await expect(table.locator("tbody tr")).toHaveCount(96);
  await expect(table.getByText("Mangler")).toHaveCount(0);

  await resolutions.getByRole("link", { name: "Per time" }).click();
  await expect(page).toHaveURL(/opplosning=time/);
  await showTable(page);
  await expect(page.getByRole("table", { name: /Forbruk/ }).locator("tbody tr")).toHaveCount(24);
  await goBackOnePeriod(page, "Forrige dag");
  await expect(page.getByText("Hva kostet strømmen?")).toBeVisible();
});

test("P14: the downloaded CSV of last month sums to the total on screen, with ISO 8601 times and offsets", async ({
  page,
}) => {
  await page.goto("/min-side/forbruk");
  await goBackOnePeriod(page, "Forrige måned");
  const total = hundredths((await page.getByTestId("total-kwh").textContent()) ?? "");
  expect(total).toBeGreaterThan(0);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Last ned CSV" }).click(),
  ]);
  const path = await download.path();
  const lines = readFileSync(path, "utf8").trimEnd().split("\r\n");
  // A byte-order mark, so that Excel reads æøå, and `;`, which Norwegian Excel opens as columns.
  expect(lines[0]).toBe(
    "\uFEFFstart;slutt;tidspunkt;kwh;snitt_spotpris_omradet_ore_per_kwh_uten_mva;vektet_spotpris_ore_per_kwh_uten_mva;spotpris_x_forbruk_ore_uten_mva",
  );
  const rows = lines.slice(1).map((line) => line.split(";"));
  expect(rows.length).toBeGreaterThanOrEqual(28);
  for (const [start, end] of rows) {
    expect(start).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000\+0[12]:00$/);
    expect(end).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000\+0[12]:00$/);
  }
  // kWh has four decimals: sum exactly in ten-thousandths, then round to the screen's two decimals.
  const sum = rows.reduce((s, row) => s + Math.round(Number(row[3] || "0") * 10_000), 0);
  expect(Math.round(sum / 100)).toBe(total);
  // The cost column (whole øre) sums to the page's «Strøm (spotpris × forbruk)» line (Kari has spot price).
  const energyLine = page
    .locator("#kostnad-tittel ~ dl div")
    .filter({ hasText: "Strøm (spotpris × forbruk)" });
  const costSum = rows.reduce((s, row) => s + Number(row[6] || "0"), 0);
  expect(costSum).toBe(hundredths((await energyLine.locator("dd").textContent()) ?? ""));
});

test("P14: malformed or out-of-range parameters get a clear Norwegian message, not an error page", async ({
  page,
}) => {
  for (const [query, message] of [
    ["periode=uke", "Ukjent periode"],
    ["periode=dag&dato=2026-02-30", "Datoen er ugyldig"],
    ["periode=dag&opplosning=maned", "Oppløsningen passer ikke"],
    ["periode=ar&dato=1999", "utenfor det vi kan vise"],
  ] as const) {
    const response = await page.goto(`/min-side/forbruk?${query}`);
    expect(response?.status(), query).toBe(200);
    await expect(page.getByRole("main").getByRole("alert")).toContainText(message);
  }
  const bad = await page.request.get("/min-side/forbruk/eksport?format=csv&periode=dag&dato=31.12.2025");
  expect(bad.status()).toBe(400);
  expect(await bad.text()).toContain("Datoen er ugyldig");
});

test("P14: another customer's metering point is 404, on the page and through the download URL", async ({
  page,
}) => {
  const ola = gsrnOf("ola.hansen@example.com");
  const response = await page.goto(`/min-side/forbruk?malepunkt=${ola}`);
  expect(response?.status()).toBe(404);
  for (const format of ["csv", "json"]) {
    const download = await page.request.get(`/min-side/forbruk/eksport?format=${format}&malepunkt=${ola}`);
    expect(download.status()).toBe(404);
    expect(await download.text()).not.toContain(ola);
  }
  const own = await page.request.get(
    `/min-side/forbruk/eksport?format=json&malepunkt=${gsrnOf("kari.nordmann@example.com")}`,
  );
  expect(own.status()).toBe(200);
  expect((await own.json()).meteringPoint).toBe(gsrnOf("kari.nordmann@example.com"));
});
