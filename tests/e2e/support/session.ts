import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET } from "./e2e-settings";
import { enterCode, freshTotpCode } from "./second-factor";

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!page.url().includes("/logg-inn")) await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

/** Demo staff with the app set up also give the code computed from the documented secret. */
export async function logInAndWait(page: Page, email: string, landing: RegExp) {
  await logIn(page, email);
  if (DEMO_STAFF.some((member) => member.email === email && member.totp)) {
    await enterCode(page, await freshTotpCode(email, DEMO_TOTP_SECRET));
  }
  await expect(page).toHaveURL(landing);
}

export const GENERIC_LOGIN_ERROR = /Feil e-post eller passord/;
