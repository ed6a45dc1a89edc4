import { expect, formAlert, test } from "./support/test";

// A personal API token end to end: made on Profil after a strong proof, shown once, used from a script
// (Playwright's request context, no browser cookies), seen as used on Profil, revoked, and refused.

test("a customer makes an API token on Profil, sees it once, uses it from a script, revokes it, and it is refused", async ({
  page,
  accounts,
  playwright,
  baseURL,
}) => {
  const customer = await accounts.customer();
  await accounts.signIn(page, customer, { strong: true });
  await page.goto("/min-side/profil");
  const card = page.getByRole("region", { name: "API-nøkler" });
  await expect(card.getByText("Du har ingen API-nøkler.")).toBeVisible();

  await card.getByLabel("Navn på nøkkelen").fill("Hjemmeautomasjon");
  await card.getByRole("checkbox", { name: /^Forbruk/ }).check();
  await card.getByRole("radio", { name: "30 dager" }).check();
  await card.getByRole("button", { name: "Lag API-nøkkel" }).click();

  await expect(card.getByRole("heading", { name: "API-nøkkelen «Hjemmeautomasjon» er laget" })).toBeFocused();
  await expect(card.getByText("Den vises ikke igjen.")).toBeVisible();
  const token = (await card.getByText(/^kk_[A-Za-z0-9_-]{43}$/).textContent()) ?? "";
  expect(token).toMatch(/^kk_/);
  const row = card.getByRole("list", { name: "Dine API-nøkler" }).getByRole("listitem");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Hjemmeautomasjon ${token.slice(0, 8)}…`);
  await expect(row).toContainText("Kan lese: Forbruk.");
  await expect(row).toContainText("Aldri brukt.");

  // A script: no cookies, only the token.
  const script = await playwright.request.newContext({ baseURL });
  const described = await script.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(described.status()).toBe(200);
  expect(await described.json()).toMatchObject({
    token: { name: "Hjemmeautomasjon", prefix: token.slice(0, 8), scopes: ["CONSUMPTION"] },
  });

  // Shown once: after a reload only its first characters are on the page, and it has been used.
  await page.reload();
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(row).toContainText("Sist brukt");
  await expect(row).not.toContainText("Aldri brukt.");

  await row.getByRole("button", { name: "Trekk tilbake «Hjemmeautomasjon»" }).click();
  await expect(row).toContainText("Trukket tilbake");
  await expect(row.getByRole("button")).toHaveCount(0);

  const refused = await script.get("/api/v1/me", { headers: { Authorization: `Bearer ${token}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(await refused.json()).toMatchObject({ status: 401, title: "Ugyldig API-nøkkel" });
  await script.dispose();
});

test("without a fresh strong proof, making a token is refused and Profil says how to confirm", async ({
  page,
  accounts,
}) => {
  const customer = await accounts.customer();
  await accounts.signIn(page, customer);
  await page.goto("/min-side/profil");
  await expect(page.getByRole("region", { name: "Bekreft at det er deg" })).toContainText(
    "lager en API-nøkkel",
  );
  const card = page.getByRole("region", { name: "API-nøkler" });
  await card.getByLabel("Navn på nøkkelen").fill("Skript");
  await card.getByRole("checkbox", { name: /^Spotpriser/ }).check();
  await card.getByRole("button", { name: "Lag API-nøkkel" }).click();
  await expect(formAlert(page)).toContainText("før du lager en API-nøkkel");
  await expect(card.getByLabel("Navn på nøkkelen")).toHaveValue("Skript");
  await expect(card.getByText("Du har ingen API-nøkler.")).toBeVisible();
});
