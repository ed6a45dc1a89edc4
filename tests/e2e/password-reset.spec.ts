import { waitForMailTo } from "../support/mail-inbox";
import { E2E_MAIL_DIR } from "./support/e2e-settings";
import { logIn } from "./support/session";
import { expect, test } from "./support/test";

const NEW_PASSWORD = "Et helt nytt passord 2026";

test("a reset link from the mail sink works once and cannot be reused", async ({ page, accounts }) => {
  const sofie = await accounts.customer({ like: "Sofie" });
  const requestedAt = new Date();
  await page.goto("/logg-inn");
  await page.getByRole("link", { name: /Glemt passord/ }).click();
  // The login page has an "E-post" field too: wait until the client-side navigation has replaced it.
  await expect(page).toHaveURL(/\/glemt-passord$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/passord/i);
  await page.getByLabel("E-post").fill(sofie.email);
  await page.getByRole("button", { name: /Send/ }).click();
  await expect(page.getByText(/Hvis e-postadressen er registrert/)).toBeVisible();

  const mail = await waitForMailTo(E2E_MAIL_DIR, sofie.email, {
    after: requestedAt,
    timeoutMs: 15_000,
  });
  const link = mail.text.match(/https?:\/\/\S+\/glemt-passord\/ny\?token=[\w-]+/)?.[0];
  expect(link).toBeTruthy();

  await page.goto(link as string);
  await page.getByLabel("Nytt passord", { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(/Gjenta/).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: /Lagre|Sett nytt passord/ }).click();
  await expect(page).toHaveURL(/\/logg-inn/);

  await logIn(page, sofie.email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/min-side$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sofie.name);

  await page.goto(link as string);
  await expect(page.getByText(/ugyldig|utløpt|brukt/i).first()).toBeVisible();
  await expect(page.getByLabel("Nytt passord", { exact: true })).toHaveCount(0);
});
