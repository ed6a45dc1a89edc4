import { expect, test } from "./support/test";

test("Profil lists the signed-in devices, and 'Logg ut på alle enheter' ends every one of them", async ({
  page,
  browser,
  accounts,
}) => {
  const laptop = await browser.newPage({
    userAgent: "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
  });
  const ingrid = await accounts.customer({ like: "Ingrid" });
  await accounts.signIn(laptop, ingrid);
  await accounts.signIn(page, ingrid);

  await page.goto("/min-side/profil");
  const devices = page.getByRole("region", { name: "Innloggede enheter" });
  await expect(devices.getByText("Firefox på Windows")).toBeVisible();
  await expect(devices.getByText("Chrome på Android")).toBeVisible();
  await expect(devices.getByText("Denne enheten")).toHaveCount(1);

  await devices.getByRole("button", { name: "Logg ut på alle enheter" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?melding=logget-ut-overalt/);
  await expect(page.getByRole("status")).toContainText("logget ut på alle enheter");

  await laptop.goto("/min-side");
  await expect(laptop).toHaveURL(/\/logg-inn/);
  await laptop.close();
});
