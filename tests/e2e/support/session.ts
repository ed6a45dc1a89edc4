import type { Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./e2e-settings";

/** Signs in through the form, as a person does: for tests of signing in (others use `accounts.signIn`). */
export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!page.url().includes("/logg-inn")) await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
}

export const GENERIC_LOGIN_ERROR = /Feil e-post eller passord/;
