import { waitForMailTo } from "../support/mail-inbox";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { E2E_MAIL_DIR } from "./support/e2e-settings";
import { logInAndWait } from "./support/session";
import { captureLiftRestriction, capturePrivacyCaseActions, replayAction } from "./support/staff-action";
import { expect, test } from "./support/test";

// Not Ingrid: the sessions test counts her signed-in devices.
const LARS = "lars.berg@example.com";

test.describe("/admin/personvernsaker", () => {
  // Staff sign in twice per test, and a second code must wait for the next 30-second TOTP step.
  test.describe.configure({ timeout: 90_000 });

  test("P28: customer service works a request through; each step is on the customer's timeline with the reason", async ({
    browser,
  }) => {
    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await logInAndWait(customerPage, LARS, /\/min-side$/);
    await customerPage.goto("/min-side/personvern");
    await customerPage
      .getByLabel("Ditt syn på saken (valgfritt)")
      .fill("Jeg har betalt alle regninger i tide.");
    await customerPage.getByRole("button", { name: "Be om ny vurdering" }).click();
    await expect(customerPage).toHaveURL(/\/foresporsler\/[0-9a-f-]{36}/);
    const requestPath = new URL(customerPage.url()).pathname;
    const requestId = requestPath.split("/").at(-1) ?? "";

    const staff = await browser.newContext();
    const page = await staff.newPage();
    await logInAndWait(page, "kundeservice@example.com", /\/admin$/);
    await page.getByRole("link", { name: "Personvernsaker" }).click();
    await page.getByLabel("Type").selectOption("AUTOMATED_DECISION_REVIEW");
    await page.getByLabel("Status").selectOption("OPEN");
    await page.getByRole("button", { name: "Vis" }).click();
    await page.locator(`a[href="/admin/personvernsaker/${requestId}"]`).click();
    await expect(page.getByText("Jeg har betalt alle regninger i tide.")).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/personvernsaker/[id]");

    await page.getByRole("button", { name: "Start behandlingen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "status «Under behandling»" })).toBeVisible();
    const reason = "Vi må hente ny kredittvurdering fra Experian.";
    await page.getByLabel("Hvorfor fristen forlenges (sendes til den som spurte)").fill(reason);
    await page.getByRole("button", { name: "Forleng fristen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "status «Forlenget frist»" })).toBeVisible();
    const mail = await waitForMailTo(E2E_MAIL_DIR, LARS, { timeoutMs: 10_000 });
    // The mail links to the request; the reason itself is on Min side, never in the mail.
    expect(mail.text).toContain(requestPath);
    expect(mail.text).not.toContain(reason);
    await page
      .getByLabel("Svar til den som spurte")
      .fill("En saksbehandler har godkjent kredittvurderingen.");
    await page.getByRole("button", { name: "Fullfør" }).click();
    await expect(page.getByRole("status").filter({ hasText: "status «Fullført»" })).toBeVisible();

    await customerPage.goto(requestPath);
    await expect(customerPage.getByText("Vi har forlenget fristen")).toBeVisible();
    await expect(customerPage.getByText(reason).first()).toBeVisible();
    await expect(customerPage.getByText("Forespørselen er fullført")).toBeVisible();
    await customer.close();
    await staff.close();
  });

  test("P23: a rectification of the name is resolved by editing it; customers replaying either case action get 404", async ({
    browser,
  }) => {
    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await logInAndWait(customerPage, LARS, /\/min-side$/);
    await customerPage.goto("/min-side/personvern");
    await customerPage.getByRole("radio", { name: "Navn" }).check();
    await customerPage.getByLabel("Hva er riktig?").fill("Etternavnet mitt er Berg-Hansen.");
    await customerPage.getByRole("button", { name: "Send forespørsel om retting" }).click();
    await expect(customerPage).toHaveURL(/\/foresporsler\/[0-9a-f-]{36}/);
    const requestId = new URL(customerPage.url()).pathname.split("/").at(-1) ?? "";
    const caseUrl = `/admin/personvernsaker/${requestId}`;

    // A customer posting the staff actions, with a valid action id and body, is not found.
    const actions = await capturePrivacyCaseActions(browser, caseUrl);
    for (const action of [actions.transition, actions.rectify]) {
      const replay = await replayAction(customer, action, caseUrl);
      expect(replay.status()).toBe(404);
    }

    const staff = await browser.newContext();
    const page = await staff.newPage();
    await logInAndWait(page, "kundeservice@example.com", /\/admin$/);
    await page.goto(caseUrl);
    await page.getByLabel("Etternavn").fill("Berg-Hansen");
    await page.getByRole("button", { name: "Rett og fullfør" }).click();
    await expect(page.getByRole("status").filter({ hasText: "status «Fullført»" })).toBeVisible();

    await customerPage.goto("/min-side/profil");
    await expect(customerPage.getByText("Lars Berg-Hansen")).toBeVisible();
    await customer.close();
    await staff.close();
  });

  test("P25: customer service lift a restriction with a reason the customer sees; a customer replaying it gets 404", async ({
    browser,
  }) => {
    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await logInAndWait(customerPage, LARS, /\/min-side$/);
    await customerPage.goto("/min-side/personvern");
    await customerPage.getByRole("button", { name: "Begrens behandlingen" }).click();
    await expect(customerPage.getByRole("button", { name: "Opphev begrensningen" })).toBeVisible();
    await customerPage
      .getByRole("table", { name: "Forespørslene dine, den nyeste først" })
      .getByRole("link", { name: "Begrensning" })
      .first()
      .click();
    await expect(customerPage).toHaveURL(/\/foresporsler\/[0-9a-f-]{36}$/);
    const requestPath = new URL(customerPage.url()).pathname;
    const caseUrl = `/admin/personvernsaker/${requestPath.split("/").at(-1)}`;

    const replay = await replayAction(customer, await captureLiftRestriction(browser, caseUrl), caseUrl);
    expect(replay.status()).toBe(404);

    const staff = await browser.newContext();
    const page = await staff.newPage();
    await logInAndWait(page, "kundeservice@example.com", /\/admin$/);
    await page.goto(caseUrl);
    const reason = "Vi har kontrollert at opplysningene om deg er riktige.";
    await page.getByLabel("Hvorfor begrensningen oppheves (sendes til kunden)").fill(reason);
    await page.getByRole("button", { name: "Opphev begrensningen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Lagret." })).toBeVisible();

    await customerPage.goto(requestPath);
    await expect(customerPage.getByText("Begrensningen er opphevet")).toBeVisible();
    await expect(customerPage.getByText(reason)).toBeVisible();
    await customerPage.goto("/min-side/personvern");
    await expect(customerPage.getByRole("button", { name: "Begrens behandlingen" })).toBeVisible();
    await customer.close();
    await staff.close();
  });
});
