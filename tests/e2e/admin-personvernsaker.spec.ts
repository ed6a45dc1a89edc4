import type { Page } from "@playwright/test";
import { waitForMailTo } from "../support/mail-inbox";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { E2E_MAIL_DIR } from "./support/e2e-settings";
import {
  type CapturedAction,
  captureLiftRestriction,
  capturePost,
  capturePrivacyCaseActions,
  replayAction,
} from "./support/staff-action";
import { expect, test } from "./support/test";

// Demo Lars for the rectification of his name, which Folkeregisteret's simulator knows him by; the
// other tests use a Lars of their own.
const LARS = "lars.berg@example.com";

test.describe("/admin/personvernsaker", () => {
  test("P28: customer service works a request through; each step is on the customer's timeline with the reason", async ({
    browser,
    accounts,
  }) => {
    const lars = await accounts.customer({ like: "Lars" });
    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await accounts.signIn(customerPage, lars);
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
    await accounts.signIn(page, await accounts.support());
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
    const mail = await waitForMailTo(E2E_MAIL_DIR, lars.email, { timeoutMs: 10_000 });
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

  test("P23: a rectification of the name: staff may check Folkeregisteret, correct it, and confirm Elhub is told; customers replaying either case action get 404", async ({
    browser,
    accounts,
  }) => {
    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await accounts.signIn(customerPage, LARS);
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
    await accounts.signIn(page, await accounts.support());
    await page.goto(caseUrl);
    // Without a look-up, the suggested answer claims no check against Folkeregisteret.
    const asAsked = page.getByRole("region", { name: "Rett navn slik kunden ba om" });
    await expect(asAsked.getByLabel("Svar til kunden")).toHaveValue(
      "Vi har rettet opplysningen slik du ba om.",
    );
    // Staff see what Folkeregisteret says (the simulator knows demo Lars), and only then may claim it.
    const register = page.getByRole("region", { name: "Sjekk navn i Folkeregisteret" });
    await register.getByRole("button", { name: "Slå opp i Folkeregisteret" }).click();
    await expect(register.getByText("Folkeregisteret sier")).toBeVisible();
    await expect(register.getByLabel("Etternavn")).toHaveValue("Berg");
    await expect(register.getByLabel("Svar til kunden")).toHaveValue(
      /kontrollert opplysningen mot Folkeregisteret/,
    );
    await expectNoSeriousViolationsNow(
      page,
      "/admin/personvernsaker/[id] after a look-up in Folkeregisteret",
    );

    await asAsked.getByLabel("Etternavn").fill("Berg-Hansen");
    await asAsked.getByLabel(/Elhub AS har fått den rettede opplysningen/).check();
    await asAsked.getByRole("button", { name: "Rett og fullfør" }).click();
    await expect(page.getByRole("status").filter({ hasText: "status «Fullført»" })).toBeVisible();
    await expect(
      page.getByText("Vi har gitt beskjed om rettingen til dem som har fått opplysningen"),
    ).toBeVisible();

    await customerPage.goto("/min-side/profil");
    await expect(customerPage.getByText("Lars Berg-Hansen")).toBeVisible();
    await customer.close();
    await staff.close();
  });

  test("P25: customer service lift a restriction with a reason the customer sees; a customer replaying it gets 404", async ({
    browser,
    accounts,
  }) => {
    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await accounts.signIn(customerPage, await accounts.customer({ like: "Lars" }));
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
    await accounts.signIn(page, await accounts.support());
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

  test("P28: customer service register an erasure request that came by email from someone who is not a customer, and complete it with what was found", async ({
    browser,
    accounts,
  }) => {
    const requester = "aldri.kunde@example.com";
    const staff = await browser.newContext();
    const page = await staff.newPage();
    await accounts.signIn(page, await accounts.support());
    await page.goto("/admin/personvernsaker");
    await page
      .getByRole("link", { name: "Registrer en forespørsel som kom på e-post, telefon eller brev" })
      .click();
    await expect(page.getByRole("heading", { name: "Registrer personvernforespørsel" })).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/personvernsaker/ny");
    await page.getByLabel("Hva ber personen om?").selectOption("ERASURE");
    await page.getByLabel("E-postadressen til den som spør").fill(requester);
    await page.getByRole("radio", { name: /Ikke kunde/ }).check();
    await page.getByLabel("Hva personen ba om").fill("Ber om at alt dere har om meg slettes.");
    const started = new Date();
    await page.getByRole("button", { name: "Registrer forespørselen" }).click();
    await expect(page).toHaveURL(/\/admin\/personvernsaker\/[0-9a-f-]{36}\?lagret=1$/);
    await expect(page.getByRole("status").filter({ hasText: "status «Mottatt»" })).toBeVisible();
    const receipt = await waitForMailTo(E2E_MAIL_DIR, requester, { after: started, timeoutMs: 10_000 });
    expect(receipt.text).toContain("Vi mottok forespørselen");

    await expect(page.getByRole("heading", { name: "Slett og registrer hva vi fant" })).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/personvernsaker/[id] of a non-customer's erasure");
    await page
      .getByLabel("Annet du fant og slettet (valgfritt, sendes til den som spurte)")
      .fill("Ingen e-poster fra deg i innboksen vår.");
    const completed = new Date();
    await page.getByRole("button", { name: "Slett og fullfør" }).click();
    await expect(page.getByRole("status").filter({ hasText: "status «Fullført»" })).toBeVisible();
    await expect(page.getByText("Vi fant ingen opplysninger om deg").first()).toBeVisible();
    const answer = await waitForMailTo(E2E_MAIL_DIR, requester, { after: completed, timeoutMs: 10_000 });
    expect(answer.text).toContain("Vi fant ingen opplysninger om deg");
    expect(answer.text).toContain("Ingen e-poster fra deg i innboksen vår.");
    await staff.close();
  });

  test("P24, P20: an erasure registered for a customer with an active contract is refused with the reason; customers replaying register, erase or finding get 404", async ({
    browser,
    accounts,
  }) => {
    const sofie = await accounts.customer({ like: "Sofie" });
    const staff = await browser.newContext();
    const page = await staff.newPage();
    await accounts.signIn(page, await accounts.support());
    // Found through the search and the customer view, which offers registering a request for them.
    await page.getByLabel("Søk etter kunde").fill(sofie.name);
    await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("privacy-request");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await page.getByRole("link", { name: sofie.name }).click();
    await page
      .getByRole("link", { name: "Registrer en forespørsel som kom på e-post, telefon eller brev" })
      .click();
    await expect(page.getByLabel("Kundenummer (bare for kunder)")).not.toHaveValue("");
    // Without how identity was verified, nothing is registered.
    const register = await capturePost(
      page,
      async () => {
        await page.getByLabel("Hva ber personen om?").selectOption("ERASURE");
        await page.getByLabel("E-postadressen til den som spør").fill(sofie.email);
        await page.getByLabel("Hva personen ba om").fill("Slett meg.");
        await page.getByRole("button", { name: "Registrer forespørselen" }).click();
      },
      "Velg hvordan du har bekreftet at det er kunden som spør.",
    );
    await page.getByRole("radio", { name: /gyldig legitimasjon med bilde/ }).check();
    await page.getByRole("button", { name: "Registrer forespørselen" }).click();
    await expect(page.getByRole("status").filter({ hasText: "status «Mottatt»" })).toBeVisible();
    await expect(page.getByText("Viste gyldig legitimasjon med bilde ved personlig oppmøte")).toBeVisible();
    await expect(
      page.getByText(/Kunden har en aktiv avtale, så opplysningene kan ikke slettes nå/),
    ).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/personvernsaker/[id] of a customer's erasure");
    const erase = await capturePost(
      page,
      () => page.getByRole("button", { name: "Slett kundens opplysninger" }).click(),
      /Avtalen må avsluttes før vi kan slette opplysningene/,
    );
    const finding = await captureFindingOfNoCase(page);
    await staff.close();

    const customer = await browser.newContext();
    const customerPage = await customer.newPage();
    await accounts.signIn(customerPage, await accounts.customer({ like: "Lars" }));
    for (const [name, action] of Object.entries({ register, erase, finding })) {
      const replay = await replayAction(customer, action);
      expect(replay.status(), name).toBe(404);
      expect(await replay.text(), name).not.toMatch(/aktiv avtale|bekreftet|Saken finnes ikke/);
    }
    await customer.close();
  });
});

/**
 * "Slett og fullfør" on a non-customer's erasure case, aimed at a request that does not exist, so that
 * the action answers and nothing changes: registers such a case first.
 */
async function captureFindingOfNoCase(page: Page): Promise<CapturedAction> {
  await page.goto("/admin/personvernsaker/ny");
  await page.getByLabel("Hva ber personen om?").selectOption("ERASURE");
  await page.getByLabel("E-postadressen til den som spør").fill("replay.probe@example.com");
  await page.getByRole("radio", { name: /Ikke kunde/ }).check();
  await page.getByLabel("Hva personen ba om").fill("Slett meg.");
  await page.getByRole("button", { name: "Registrer forespørselen" }).click();
  await expect(page.getByRole("heading", { name: "Slett og registrer hva vi fant" })).toBeVisible();
  await page.locator('input[name="requestId"]').evaluateAll((inputs) => {
    for (const input of inputs) (input as HTMLInputElement).value = "00000000-0000-7000-8000-000000000000";
  });
  return capturePost(
    page,
    () => page.getByRole("button", { name: "Slett og fullfør" }).click(),
    "Saken finnes ikke.",
  );
}
