import { waitForWorker } from "./support/offline";
import { deliverToWorker, receivedPushes, shownNotifications, standInForBrowserPush } from "./support/push";
import { expect, formAlert, test } from "./support/test";

// About the service worker, which playwright.config.ts blocks for the rest of the suite.
test.use({ serviceWorkers: "allow" });

test("a customer turns notifications on, sends a test notification, and the device shows it", async ({
  page,
  context,
  accounts,
}) => {
  const customer = await accounts.customer({ like: "Sofie" });
  const subscription = await standInForBrowserPush(context, page);
  await accounts.signIn(page, customer);
  await page.goto("/min-side/profil");
  await waitForWorker(page);
  const card = page.getByRole("region", { name: "Varsler" });
  await card.getByRole("button", { name: "Slå på varsler på denne enheten" }).click();
  await expect(card.getByText("Varsler er slått på for denne enheten.").first()).toBeVisible();
  await expect(card.getByRole("listitem").getByText("Denne enheten", { exact: true })).toBeVisible();

  await card.getByRole("button", { name: "Send en testvarsel" }).click();
  await expect(card.getByText("Testvarselet er sendt til 1 enhet.")).toBeVisible();

  // The local push service checked the VAPID header and decrypted the message with the device's keys.
  const [payload] = await receivedPushes(subscription.id);
  expect(JSON.parse(payload ?? "null")).toEqual({
    title: "Testvarsel fra Klarkraft",
    body: "Varsler virker på denne enheten.",
    url: "/min-side/profil",
    tag: "test",
  });

  await deliverToWorker(context, page, payload ?? "");
  await expect
    .poll(() => shownNotifications(page))
    .toEqual([
      {
        title: "Testvarsel fra Klarkraft",
        body: "Varsler virker på denne enheten.",
        data: { url: "/min-side/profil" },
      },
    ]);

  // Off again: the browser's subscription and the server's row both go.
  await card.getByRole("button", { name: "Slå av varsler på denne enheten" }).click();
  await expect(card.getByText("Du har ikke slått på varsler på noen enhet.")).toBeVisible();
  await expect(card.getByRole("button", { name: "Send en testvarsel" })).toHaveCount(0);
});

test("the notification choices are saved, and a wrong price level is refused in Norwegian", async ({
  page,
  accounts,
}) => {
  await accounts.signIn(page, await accounts.customer({ like: "Sofie" }));
  await page.goto("/min-side/profil");
  const card = page.getByRole("region", { name: "Varsler" });
  await card.getByLabel(/Morgendagens strømpriser er klare/).check();
  const level = card.getByLabel("Strømprisen går over et nivå du velger");
  await level.fill("1,5");
  await card.getByRole("button", { name: "Lagre varselvalgene" }).click();
  await expect(formAlert(page)).toHaveText("Sjekk feltene som er markert.");
  await expect(card.getByText(/helt antall øre per kWh, fra 1 til 1000/)).toBeVisible();
  await level.fill("150");
  await card.getByRole("button", { name: "Lagre varselvalgene" }).click();
  await expect(card.getByText("Varselvalgene er lagret.")).toBeVisible();
  await page.reload();
  await expect(card.getByLabel(/Morgendagens strømpriser er klare/)).toBeChecked();
  await expect(card.getByLabel("Strømprisen går over et nivå du velger")).toHaveValue("150");
});
