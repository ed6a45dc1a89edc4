// The suite's local BankID page in a phone's browser: accessible, in bokmål, and a choice on it sends the
// browser back to the portal's callback with a code. Reached by an authorization request of the
// portal's own client, made here, so it holds whatever the portal's sign-in does with the answer.
import { createHash, randomBytes } from "node:crypto";
import type { Page } from "@playwright/test";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { cancelBankId, chooseBankIdPerson } from "./support/bankid";
import { E2E_BANKID_ISSUER, E2E_PORT } from "./support/e2e-settings";
import { expect, test } from "./support/test";

/** Glad Elefant, of the README's test people. */
const GLAD_ELEFANT = "17858412013";

const CALLBACK = `http://127.0.0.1:${E2E_PORT}/api/auth/callback/bankid-no`;

function authorizationUrl(): string {
  const verifier = randomBytes(32).toString("base64url");
  const url = new URL(`${E2E_BANKID_ISSUER}/auth`);
  url.search = new URLSearchParams({
    client_id: "min-side-local",
    redirect_uri: CALLBACK,
    response_type: "code",
    // src/platform/bankid/claims.ts's BANKID_SCOPE (server code, which the test runner does not load).
    scope: "openid profile nin",
    state: randomBytes(16).toString("base64url"),
    nonce: randomBytes(16).toString("base64url"),
    code_challenge: createHash("sha256").update(verifier).digest("base64url"),
    code_challenge_method: "S256",
  }).toString();
  return url.href;
}

/** The address the provider sends the browser back to (the portal's answer to it is not this test's). */
function callbackReached(page: Page) {
  return page.waitForRequest((request) => request.url().startsWith(CALLBACK));
}

test.use({ viewport: { width: 390, height: 844 } });

test("the local BankID page is accessible at 390 px, with its error in bokmål", async ({ page }) => {
  await page.goto(authorizationUrl());
  await expect(page).toHaveTitle("BankID (testmiljø)");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousViolationsNow(page, "the local BankID page");

  await page.getByLabel("Annet fødselsnummer (testbruker)").fill("12345678901");
  await page.getByRole("button", { name: "Logg inn", exact: true }).click();
  await expect(page.getByRole("alert")).toContainText("Fødselsnummeret er ikke gyldig.");
  await expect(page.getByLabel("Annet fødselsnummer (testbruker)")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousViolationsNow(page, "the local BankID page with an error");
});

test("choosing a person sends the browser back to the portal with a code; Avbryt with access_denied", async ({
  page,
}) => {
  await page.goto(authorizationUrl());
  const back = callbackReached(page);
  await chooseBankIdPerson(page, { nationalId: GLAD_ELEFANT, level: "substantial" });
  expect(new URL((await back).url()).searchParams.get("code")).toBeTruthy();

  await page.goto(authorizationUrl());
  const cancelled = callbackReached(page);
  await cancelBankId(page);
  expect(new URL((await cancelled).url()).searchParams.get("error")).toBe("access_denied");
});
