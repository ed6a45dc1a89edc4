import { randomUUID } from "node:crypto";
import { readMailTo, waitForMailTo } from "../support/mail-inbox";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { E2E_MAIL_DIR } from "./support/e2e-settings";
import { expect, test } from "./support/test";

test("P23: a new login email changes only with the code mailed to it, and the old address is told", async ({
  page,
  accounts,
}) => {
  const customer = await accounts.customer();
  const newEmail = `ny.${randomUUID().slice(0, 8)}@example.com`;
  // As BankID signs in: a fresh strong proof, which a change of login email wants (step-up).
  await accounts.signIn(page, customer, { strong: true });
  await page.goto("/min-side/personvern");
  const card = page.getByRole("region", { name: "Retting" });

  const requestedAt = new Date();
  await card.getByLabel("Ny e-postadresse").fill(newEmail);
  await card.getByLabel("Passordet ditt").fill(customer.password);
  await card.getByRole("button", { name: "Endre e-postadresse" }).click();
  await expect(card.getByText("Vi har sendt en kode til den nye adressen.", { exact: false })).toBeVisible();
  const codeField = card.getByLabel("Kode fra e-posten");
  await expect(codeField).toHaveAttribute("autocomplete", "one-time-code");
  await expect(codeField).toHaveAttribute("inputmode", "numeric");
  await expectNoSeriousViolationsNow(page, "/min-side/personvern (koden til ny e-postadresse)");

  // The code went to the new address; until it is typed, the customer still has the old one.
  const mail = await waitForMailTo(E2E_MAIL_DIR, newEmail, { after: requestedAt, timeoutMs: 15_000 });
  const code = mail.text.match(/Koden din er (\d{3} \d{3})\./)?.[1];
  expect(code).toBeTruthy();
  const profile = await page.context().newPage();
  await profile.goto("/min-side/profil");
  await expect(profile.getByText(customer.email).first()).toBeVisible();
  await expect(profile.getByText(newEmail)).toHaveCount(0);
  expect(await readMailTo(E2E_MAIL_DIR, customer.email)).toEqual([]);

  await codeField.fill(code === "000 000" ? "000 001" : "000 000");
  await card.getByRole("button", { name: "Bekreft ny e-postadresse" }).click();
  await expect(card.getByText("Koden stemmer ikke.", { exact: false }).first()).toBeVisible();

  await codeField.fill(code as string);
  await card.getByRole("button", { name: "Bekreft ny e-postadresse" }).click();
  await expect(
    card.getByText(/E-postadressen er endret\. Bruk den nye adressen når du logger inn\./),
  ).toBeVisible();

  const notice = await waitForMailTo(E2E_MAIL_DIR, customer.email, { after: requestedAt, timeoutMs: 15_000 });
  expect(notice.subject).toBe("E-postadressen din hos Klarkraft er endret");
  await profile.reload();
  await expect(profile.getByText(newEmail).first()).toBeVisible();
});
