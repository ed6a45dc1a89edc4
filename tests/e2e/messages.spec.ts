import { waitForMailTo } from "../support/mail-inbox";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { E2E_MAIL_DIR } from "./support/e2e-settings";
import { expect, test } from "./support/test";

test.describe("Meldinger and the staff inbox", () => {
  // The inbox's count of waiting threads is everyone's: the two tests that change it take turns.
  test.describe.configure({ mode: "default" });

  test("P12, P28: a customer writes, customer service answers, and the customer reads the answer", async ({
    browser,
    accounts,
  }) => {
    const subject = `Spørsmål om personvern ${Date.now()}`;
    const customer = await browser.newContext();
    const page = await customer.newPage();
    await accounts.signIn(page, await accounts.customer({ like: "Sofie" }));
    await page.getByRole("link", { name: "Meldinger" }).click();
    await expect(page).toHaveURL(/\/min-side\/meldinger$/);
    await page.getByLabel("Hva gjelder det?").fill(subject);
    await page.getByLabel("Melding", { exact: true }).fill("Hvilke opplysninger har dere om meg?");
    await page.getByRole("button", { name: "Send melding" }).click();
    await expect(page).toHaveURL(/\/min-side\/meldinger\/[0-9a-f-]{36}\?sendt=1$/);
    const threadPath = new URL(page.url()).pathname;
    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
    await expect(page.getByText("Venter på svar fra oss")).toBeVisible();

    const staff = await browser.newContext();
    const staffPage = await staff.newPage();
    await accounts.signIn(staffPage, await accounts.support());
    await staffPage.goto("/admin/meldinger");
    await staffPage.getByRole("link", { name: subject }).click();
    await expect(staffPage.getByText("Hvilke opplysninger har dere om meg?")).toBeVisible();
    await staffPage.getByRole("button", { name: "Ta saken" }).click();
    await expect(staffPage.getByText("Saken er tildelt deg.")).toBeVisible();
    await staffPage.getByLabel("Svar til kunden").fill("Du kan laste ned en kopi under Personvern.");
    await staffPage.getByRole("button", { name: "Send svar" }).click();
    await expect(staffPage.getByText(/Svaret er sendt/)).toBeVisible();
    await staff.close();

    // The customer sees a notice on any Min side page, which leads to the answer.
    await page.goto("/min-side");
    const notice = page
      .getByRole("region", { name: /nytt varsel/ })
      .getByRole("link", { name: "Kundeservice har svart på henvendelsen din." });
    await expect(notice).toHaveAttribute("href", threadPath);
    // Opened as a page load, so a slow client-side navigation on a busy machine cannot time it out.
    await page.goto(threadPath);
    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
    await expect(page.getByText("Du kan laste ned en kopi under Personvern.")).toBeVisible();
    await expect(page.getByText("Besvart")).toBeVisible();
    await expect(page.getByRole("region", { name: /nytt varsel/ })).toHaveCount(0);
    await customer.close();
  });

  test("P12, P28: customer service register an email from someone without a login, answer it, and the mailed link shows the thread", async ({
    browser,
    accounts,
  }) => {
    const email = `uten.innlogging.${Date.now()}@example.com`;
    const subject = "Sluttoppgjør etter flytting";
    const staff = await browser.newContext();
    const page = await staff.newPage();
    await accounts.signIn(page, await accounts.support());
    await page.goto("/admin/meldinger");
    const inbox = page
      .getByRole("navigation", { name: "Hovedmeny" })
      .getByRole("link", { name: /Meldinger/ });
    const waitingBefore = Number(((await inbox.textContent()) ?? "").match(/\d+/)?.[0] ?? 0);
    await page.getByRole("link", { name: "Registrer en henvendelse fra noen uten innlogging" }).click();
    await page.getByLabel("E-postadressen til den som spør").fill(email);
    await page.getByLabel("Emne").fill(subject);
    await page
      .getByLabel("Hva personen skrev eller sa")
      .fill("Jeg har flyttet og har ikke innlogging lenger.");
    await page.getByRole("button", { name: "Registrer henvendelsen" }).click();
    await expect(page.getByRole("heading", { name: subject })).toBeVisible();
    await expect(page.getByText(`Fra ${email}`)).toBeVisible();
    // The new thread waits for staff: the header's count went up by one (the header renders on a load).
    await page.reload();
    await expect(inbox).toContainText(String(waitingBefore + 1));
    const started = new Date();
    await page.getByLabel("Svar til den som spurte").fill("Sluttoppgjøret kommer med siste faktura.");
    await page.getByRole("button", { name: "Send svar" }).click();
    await expect(page.getByText(/Svaret er sendt/)).toBeVisible();
    await staff.close();

    const mail = await waitForMailTo(E2E_MAIL_DIR, email, { after: started, timeoutMs: 10_000 });
    expect(mail.text).not.toContain("Sluttoppgjøret kommer");
    const link = mail.text.match(/https?:\/\/\S+\/henvendelse\/[A-Za-z0-9_-]{43}/)?.[0];
    expect(link).toBeTruthy();
    const visitor = await browser.newContext();
    const visitorPage = await visitor.newPage();
    await visitorPage.goto(new URL(link ?? "/").pathname);
    await expect(visitorPage.getByRole("heading", { name: subject })).toBeVisible();
    await expect(visitorPage.getByText("Sluttoppgjøret kommer med siste faktura.")).toBeVisible();
    await expectNoSeriousViolationsNow(visitorPage, "/henvendelse/[token]");
    await visitor.close();
  });
});
