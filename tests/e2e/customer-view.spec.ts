import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { DEMO_CUSTOMERS } from "../../prisma/seed/people";
import { expect, test } from "./support/test";

const kari = DEMO_CUSTOMERS[0];
const KARI_ID = kari ? syntheticNationalId(kari.birthDate, kari.individualNumber) : "";

test.describe("find and view a customer", () => {
  test("P20: customer service finds a customer by national ID, sees it masked, and reveals it with a reason", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, await accounts.support());
    await page.getByLabel("Søk etter kunde").fill(KARI_ID);
    await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("inquiry");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await expect(page.getByText("Fant 1 kunde.")).toBeVisible();
    await page.getByRole("link", { name: "Kari Nordmann" }).click();
    await expect(page).toHaveURL(/\/admin\/kunder\/[0-9a-f-]{36}\?grunn=inquiry$/);
    await expect(page.getByRole("heading", { name: "Kari Nordmann", level: 1 })).toBeVisible();
    await expect(page.getByText(`${KARI_ID.slice(0, 6)} *****`)).toBeVisible();
    await expect(page.getByText(KARI_ID.slice(6))).toHaveCount(0);
    await expect(
      page.getByRole("region", { name: "Henvendelser" }).getByText("Spørsmål om fakturaen"),
    ).toBeVisible();

    const identity = page.getByRole("region", { name: "Kontakt og identitet" });
    await identity.getByLabel("Hvorfor trenger du opplysningene?").selectOption("onboarding-review");
    await identity.getByRole("button", { name: "Vis fødselsnummer" }).click();
    await expect(identity.getByText(`${KARI_ID.slice(0, 6)} ${KARI_ID.slice(6)}`)).toBeVisible();
  });

  test("the customer page asks why before it shows anything", async ({ page, accounts }) => {
    await accounts.signIn(page, await accounts.support());
    await page.getByLabel("Søk etter kunde").fill("nordmann");
    await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("invoice");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    const href = await page.getByRole("link", { name: "Kari Nordmann" }).getAttribute("href");
    await page.goto(href?.replace(/\?.*$/, "") ?? "/admin");
    await expect(page.getByRole("heading", { name: "Hvorfor vil du se kunden?" })).toBeVisible();
    await expect(page.getByText("Kari Nordmann")).toHaveCount(0);
    await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("privacy-request");
    await page.getByRole("button", { name: "Vis kunden" }).click();
    await expect(page).toHaveURL(/\?grunn=privacy-request$/);
    await expect(page.getByRole("heading", { name: "Kari Nordmann", level: 1 })).toBeVisible();
  });

  test("P20: a link from another site with a reason in it asks for the reason again and shows nothing", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, await accounts.support());
    await page.getByLabel("Søk etter kunde").fill("nordmann");
    await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("invoice");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    const href = (await page.getByRole("link", { name: "Kari Nordmann" }).getAttribute("href")) ?? "";
    const target = new URL(href.replace(/\?.*$/, "?grunn=inquiry"), page.url()).toString();
    // Another site's page, linking straight to the customer with a reason filled in.
    await page.route("https://elsewhere.example/", (route) =>
      route.fulfill({ contentType: "text/html", body: `<a href="${target}">Se kunden</a>` }),
    );
    await page.goto("https://elsewhere.example/");
    await page.getByRole("link", { name: "Se kunden" }).click();
    await expect(page.getByRole("heading", { name: "Hvorfor vil du se kunden?" })).toBeVisible();
    await expect(page.getByText("Kari Nordmann")).toHaveCount(0);
  });
});
