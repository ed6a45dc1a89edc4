import { expect, test } from "./support/test";

test("Sofie changes from spot price to fixed price from tomorrow, confirmed, and sees it in her contract history", async ({
  page,
  accounts,
}) => {
  await accounts.signIn(page, await accounts.customer({ like: "Sofie" }));
  await page.getByRole("link", { name: "Avtale", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Avtale" })).toBeVisible();
  await expect(page.getByText("Kristiansand").first()).toBeVisible();
  await expect(page.getByText(/4,90 øre\/kWh uten mva, 6,13 med mva/)).toBeVisible();

  const change = page.getByRole("region", { name: "Bytt produkt" });
  await expect(change.getByRole("radio", { name: /Fastpris 12 måneder/ })).toBeChecked();
  // Not confirmed: nothing changes.
  await change.getByRole("button", { name: "Bytt produkt" }).click();
  await expect(change.getByText("Kryss av for at du bekrefter endringen.")).toBeVisible();

  await change.getByRole("checkbox", { name: /bytte produkt/ }).check();
  await change.getByRole("button", { name: "Bytt produkt" }).click();
  await expect(page.getByRole("status")).toContainText("Produktbyttet er registrert");
  await expect(page.getByText(/Avtalen har en planlagt endring/)).toBeVisible();
  const history = page.getByRole("table", { name: "Alle avtalene dine, nyeste først" });
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(history.getByText("Starter senere")).toBeVisible();
  await expect(history.getByText(/\(siste dag\)/)).toBeVisible();
});
