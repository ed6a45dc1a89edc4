import { randomUUID } from "node:crypto";
import { expect, test } from "./support/test";

/** Keys every plain object answers to: an object-literal lookup by one finds Object.prototype's. */
const INHERITED_KEYS = ["__proto__", "constructor", "toString", "valueOf"];

test.describe("bad input never reaches a server error", () => {
  test("an unknown route is a Norwegian 404 page", async ({ page }) => {
    const response = await page.goto("/finnes-ikke/i/det-hele-tatt");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Fant ikke/);
  });

  test("a forged or expired reset link gets a clear message", async ({ page }) => {
    const response = await page.goto("/glemt-passord/ny?token=this-token-was-never-issued");
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByText(/ugyldig|utløpt|brukt/i).first()).toBeVisible();
  });

  test("?melding=__proto__, constructor or toString shows the login page, not a 500", async ({ request }) => {
    for (const melding of ["__proto__", "constructor", "toString"]) {
      const response = await request.get(`/logg-inn?melding=${melding}`);
      expect(response.status(), melding).toBe(200);
    }
  });

  test("a query parameter naming an inherited key (__proto__, constructor, …) shows each page without a notice", async ({
    page,
    browser,
    accounts,
  }) => {
    // About forty pages in one test, for a customer and a staff member: 58 s and once just over the
    // minute when the other worker shares the two cores.
    test.slow();
    const shows = async (path: string, heading: string | RegExp) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      // A notice is a role="status" paragraph; "[object Object]" would be Object.prototype, found by the old lookup.
      await expect(page.getByRole("status"), path).toHaveCount(0);
      await expect(page.getByText(/\[object |\[native code\]/), path).toHaveCount(0);
    };
    for (const key of INHERITED_KEYS) await shows(`/logg-inn?melding=${key}`, "Logg inn på Min side");

    await accounts.signIn(page, await accounts.customer());
    for (const key of INHERITED_KEYS) {
      await shows(`/min-side/avtale?melding=${key}`, "Avtale");
      await shows(`/min-side/forbruk?periode=${key}`, "Forbruk");
      await shows(`/min-side/forbruk?periode=maned&opplosning=${key}`, "Forbruk");
    }

    const staff = await browser.newPage();
    await accounts.signIn(staff, await accounts.admin());
    for (const key of INHERITED_KEYS) {
      for (const [path, heading] of [
        [`/admin/kunder/${randomUUID()}?grunn=${key}`, "Hvorfor vil du se kunden?"],
        [`/admin/meldinger?status=${key}&side=${key}`, "Meldinger fra kunder"],
        [`/admin/personvernsaker?type=${key}&status=${key}`, "Personvernsaker"],
        [`/admin/personvernsaker/ny?kunde=${key}`, "Registrer personvernforespørsel"],
        [
          `/admin/revisjonslogg?ansatt=${key}&kunde=${key}&handling=${key}&fra=${key}&til=${key}`,
          "Revisjonslogg",
        ],
      ] as const) {
        const response = await staff.goto(path);
        expect(response?.status(), path).toBe(200);
        // The customer view asks for a reason (none was chosen) and shows no customer.
        await expect(staff.getByRole("heading", { name: heading, exact: true }), path).toBeVisible();
        await expect(staff.getByText(/\[object |\[native code\]/), path).toHaveCount(0);
      }
    }
    await staff.close();
  });

  test("malformed form posts are refused without a 500", async ({ request }) => {
    const garbage = await request.post("/logg-inn", {
      headers: { "content-type": "application/x-www-form-urlencoded", "next-action": "not-an-action" },
      data: "%%%&&&===",
    });
    expect(garbage.status()).toBeLessThan(500);
    const api = await request.post("/api/auth/callback/credentials", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
      data: `email=${"x".repeat(10_000)}&password=${"y".repeat(10_000)}`,
    });
    expect(api.status()).toBeLessThan(500);
  });

  test("an oversized post to a server action gets 413 and a clear message", async ({ page }) => {
    await page.goto("/logg-inn");
    const email = page.getByLabel("E-post");
    await email.evaluate((el) => el.removeAttribute("maxlength"));
    await email.fill("x".repeat(2_000_000));
    await page.getByLabel("Passord", { exact: true }).fill("irrelevant");
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/logg-inn")),
      page.getByRole("button", { name: "Logg inn", exact: true }).click(),
    ]);
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("for stort");
  });
});
