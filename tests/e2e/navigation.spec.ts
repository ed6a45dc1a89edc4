import type { Page } from "@playwright/test";
import { expect, test } from "./support/test";

/** Every same-site link on the page, without fragments. */
async function internalLinks(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator("a[href^='/']")
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return [...new Set(hrefs)];
}

async function expectEveryLinkToExist(page: Page, startPaths: string[]) {
  const broken: string[] = [];
  for (const start of startPaths) {
    await page.goto(start);
    for (const path of await internalLinks(page)) {
      const response = await page.request.get(path, { maxRedirects: 0 });
      if (response.status() >= 400) broken.push(`${start} → ${path} (${response.status()})`);
    }
  }
  expect(broken).toEqual([]);
}

test.describe("navigation", () => {
  test("a visitor sees no link to a page that does not exist", async ({ page }) => {
    await expectEveryLinkToExist(page, [
      "/",
      "/logg-inn",
      "/personvern",
      "/informasjonskapsler",
      "/angreskjema",
      "/avtalevilkar",
      "/bli-kunde/uten-bankid",
      "/bli-kunde/aktiveringskode",
      "/api/v1/docs",
      "/frakoblet",
    ]);
  });

  test("a customer sees no link to a page that does not exist", async ({ page, accounts }) => {
    await accounts.signIn(page, "sofie.lie@example.com");
    await expectEveryLinkToExist(page, [
      "/min-side",
      "/min-side/avtale",
      "/min-side/faktura",
      "/min-side/profil",
      "/min-side/meldinger",
    ]);
  });

  test("staff see no link to a page that does not exist", async ({ page, accounts }) => {
    await accounts.signIn(page, await accounts.support());
    await expectEveryLinkToExist(page, ["/admin", "/admin/meldinger", "/admin/meldinger?status=ANSWERED"]);
  });

  test("an administrator sees no link to a page that does not exist", async ({ page, accounts }) => {
    await accounts.signIn(page, await accounts.admin());
    await expectEveryLinkToExist(page, ["/admin", "/admin/ansatte", "/admin/revisjonslogg"]);
  });
});
