import { waitForMailTo } from "../support/mail-inbox";
import { E2E_MAIL_DIR } from "./support/e2e-settings";
import { enterCode, freshTotpCode } from "./support/second-factor";
import { logIn } from "./support/session";
import { expect, test } from "./support/test";

test.describe("staff accounts", () => {
  test("an administrator adds a staff member, who is mailed a set-password link", async ({
    page,
    accounts,
  }) => {
    const admin = await accounts.admin();
    await accounts.signIn(page, admin);
    await page.goto("/admin/ansatte");
    await expect(page.getByRole("banner")).toContainText(admin.name);
    const form = page.getByRole("region", { name: "Legg til ansatt" });
    const email = "ny.kollega@example.com";
    const before = new Date();
    await form.getByLabel("E-post").fill(email);
    await form.getByLabel("Navn").fill("Kari Kollega");
    await form.getByLabel("Rolle").selectOption({ label: "Administrator" });
    await form.getByRole("button", { name: "Legg til ansatt" }).click();
    await expect(form.getByText("Kari Kollega er lagt til")).toBeVisible();

    const row = page.getByRole("row", { name: /Kari Kollega/ });
    await expect(row).toContainText(email);
    await expect(row).toContainText("Administrator");
    await expect(row).toContainText("Ikke satt opp ennå");
    await expect(row).toContainText("Aktiv");

    const mail = await waitForMailTo(E2E_MAIL_DIR, email, { after: before, timeoutMs: 10_000 });
    expect(mail.text).toMatch(/\/glemt-passord\/ny\?token=[\w-]{43}/);

    // The same address again is refused on its field, keeping what was typed.
    await form.getByLabel("E-post").fill(email);
    await form.getByLabel("Navn").fill("Kari Kollega");
    await form.getByRole("button", { name: "Legg til ansatt" }).click();
    await expect(form.getByText("Det finnes allerede en bruker med denne e-postadressen.")).toBeVisible();
    await expect(form.getByLabel("Navn")).toHaveValue("Kari Kollega");
  });

  test("deactivating a staff member ends their open session at once; reactivating lets them in again", async ({
    page,
    browser,
    accounts,
  }) => {
    const member = await accounts.support();
    const supportContext = await browser.newContext();
    const support = await supportContext.newPage();
    await accounts.signIn(support, member);

    await accounts.signIn(page, await accounts.admin());
    await page.goto("/admin/ansatte");
    const row = page.getByRole("row", { name: member.name });
    await row.getByRole("button", { name: "Deaktiver" }).click();
    // How many sessions depends on what other tests left open; this one's is checked below.
    await expect(
      row.getByText(/Deaktivert, og \d+ (innlogget økt|innloggede økter) er logget ut/),
    ).toBeVisible();
    await expect(row.getByRole("cell", { name: "Deaktivert", exact: true })).toBeVisible();

    await support.reload();
    await expect(support).toHaveURL(/\/logg-inn\?tilbake=%2Fadmin$/);

    await row.getByRole("button", { name: "Aktiver" }).click();
    await expect(row.getByText("Aktivert. Den ansatte kan logge inn igjen.")).toBeVisible();
    await logIn(support, member.email);
    await enterCode(support, await freshTotpCode(member.email, member.totpSecret ?? ""));
    await expect(support).toHaveURL(/\/admin$/);
    await supportContext.close();
  });
});
