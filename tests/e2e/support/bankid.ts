// The local BankID's page in browser tests: the portal sends the browser there ("Logg inn med BankID",
// "Bli kunde med BankID"); these choose as a person would and let the provider send it back.
import { expect, type Page } from "@playwright/test";
import type { TokenFault } from "@/platform/bankid/simulator/token-faults";
import { E2E_BANKID_ISSUER } from "./e2e-settings";

export type BankIdLevel = "high" | "substantial";

const LEVEL_LABELS: Record<BankIdLevel, string> = {
  high: "BankID (høyt sikkerhetsnivå)",
  substantial: "BankID med biometri (betydelig)",
};

/** Waits for the provider's page, the one the portal sent the browser to. */
async function onBankIdPage(page: Page) {
  await page.waitForURL((url) => url.href.startsWith(`${E2E_BANKID_ISSUER}/interaction/`));
  await expect(page.getByRole("heading", { level: 1, name: "BankID (testmiljø)" })).toBeVisible();
}

/**
 * Signs in on the local BankID as `nationalId`: a listed test person is chosen in the list, any other
 * number typed into "Annet fødselsnummer (testbruker)". `level` is the level of assurance (high by
 * default); `fault` breaks the ID token of this sign-in alone (the suite's provider offers it).
 */
export async function chooseBankIdPerson(
  page: Page,
  { nationalId, level = "high", fault }: { nationalId: string; level?: BankIdLevel; fault?: TokenFault },
): Promise<void> {
  await onBankIdPage(page);
  const listed = page.locator(`input[name="person"][value="${nationalId}"]`);
  if ((await listed.count()) > 0) await listed.check();
  else await page.getByLabel("Annet fødselsnummer (testbruker)").fill(nationalId);
  await page.getByRole("radio", { name: LEVEL_LABELS[level] }).check();
  if (fault) await page.getByLabel("Feil i ID-tokenet (bare for tester)").selectOption(fault);
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
}

/** "Avbryt" on the local BankID: the portal gets access_denied back. */
export async function cancelBankId(page: Page): Promise<void> {
  await onBankIdPage(page);
  await page.getByRole("button", { name: "Avbryt", exact: true }).click();
}
