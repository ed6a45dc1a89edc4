import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

/** Opens a day of Kari's (quarter-hour meter since 2025-10-01) at a resolution, with the table shown. */
async function dayTable(page: Page, date: string, resolution: "time" | "kvarter") {
  await page.goto(`/min-side/forbruk?periode=dag&dato=${date}&opplosning=${resolution}`);
  if ((await page.locator("details[open]").count()) === 0)
    await page.getByText("Vis tallene som tabell").click();
  const table = page.getByRole("table", { name: /Forbruk/ });
  await expect(table).toBeVisible();
  return table;
}

test.beforeEach(async ({ page, accounts }) => {
  await accounts.signIn(page, "kari.nordmann@example.com");
});

test("P14: the autumn DST day (26 October 2025) has 25 hours and 100 quarters, the repeated 02:00 told apart, every one with its reading", async ({
  page,
}) => {
  const hours = await dayTable(page, "2025-10-26", "time");
  await expect(hours.locator("tbody tr")).toHaveCount(25);
  await expect(hours.getByRole("rowheader", { name: "02:00", exact: true })).toHaveCount(1);
  await expect(hours.getByRole("rowheader", { name: "02:00 (andre gang, vintertid)" })).toHaveCount(1);
  await expect(hours.getByText("Mangler")).toHaveCount(0);

  const quarters = await dayTable(page, "2025-10-26", "kvarter");
  await expect(quarters.locator("tbody tr")).toHaveCount(100);
  await expect(quarters.getByRole("rowheader", { name: "02:45 (andre gang, vintertid)" })).toHaveCount(1);
  await expect(quarters.getByText("Mangler")).toHaveCount(0);
});

test("P14: the spring DST day (29 March 2026) has 23 hours and 92 quarters, with no 02:00", async ({
  page,
}) => {
  const hours = await dayTable(page, "2026-03-29", "time");
  await expect(hours.locator("tbody tr")).toHaveCount(23);
  await expect(hours.getByRole("rowheader", { name: /^02:/ })).toHaveCount(0);
  await expect(hours.getByRole("rowheader", { name: "03:00", exact: true })).toHaveCount(1);
  await expect(hours.getByText("Mangler")).toHaveCount(0);

  const quarters = await dayTable(page, "2026-03-29", "kvarter");
  await expect(quarters.locator("tbody tr")).toHaveCount(92);
  await expect(quarters.getByRole("rowheader", { name: /^02:/ })).toHaveCount(0);
});
