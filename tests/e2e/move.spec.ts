import type { Locator } from "@playwright/test";
import { DEMO_CUSTOMERS } from "../../prisma/seed/people";
import { norwegianGsrn } from "../../src/platform/identifiers/gsrn";
import { addDays, osloDate } from "../../src/platform/time/oslo-calendar";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { E2E_SIMULATOR_URL } from "./support/e2e-settings";
import { capturePost, replayAction } from "./support/staff-action";
import { expect, test } from "./support/test";

// Demo Ingrid, in this test only: Elhub's simulator knows her by national ID, and she moves.
const INGRID = DEMO_CUSTOMERS.find((c) => c.firstName === "Ingrid");
const OLA = DEMO_CUSTOMERS.find((c) => c.firstName === "Ola");

/** Queues a fault for requests that mention `when`: other tests use the simulator at the same time. */
async function simulatorFault(api: string, fault: string, count: number, when: string) {
  const response = await fetch(`${E2E_SIMULATOR_URL}/_simulator/faults`, {
    method: "POST",
    body: JSON.stringify({ api, fault, count, when }),
  });
  expect(response.status).toBe(204);
}

async function searchAddress(move: Locator, street: string, number: string, postcode: string) {
  await move.getByLabel("Gatenavn").fill(street);
  await move.getByLabel("Husnummer").fill(number);
  await move.getByLabel("Postnummer").fill(postcode);
  await move.getByRole("button", { name: "Finn målepunktet" }).click();
}

test("Ingrid reports a move to Bodø: a refused address and an Elhub outage keep what she typed, the point found is shown with prices without VAT, a tampered confirmation is refused, and the move is in her contract history", async ({
  page,
  browser,
  accounts,
}) => {
  const moveDate = addDays(osloDate(new Date()), 14);
  await accounts.signIn(page, INGRID?.email ?? "");
  await page.getByRole("link", { name: "Avtale", exact: true }).click();
  const move = page.getByRole("region", { name: "Meld flytting" });
  await move.getByLabel("Flyttedato").fill(moveDate);

  // Elhub says the point at this address is blocked for a supplier switch: nothing is registered.
  await searchAddress(move, "Tollbugata", "8", "8006");
  await expect(move.getByRole("alert")).toContainText("sperret for leverandørbytte");
  await expect(move.getByLabel("Gatenavn")).toHaveValue("Tollbugata");
  await expect(move.getByLabel("Flyttedato")).toHaveValue(moveDate);

  // Elhub does not answer (the first try and both retries): the address stays for another try.
  await simulatorFault("elhub", "500", 3, "Sjøgata");
  await searchAddress(move, "Sjøgata", "12", "8006");
  await expect(move.getByRole("alert")).toContainText("Vi får ikke svar fra Elhub");
  await expect(move.getByLabel("Gatenavn")).toHaveValue("Sjøgata");

  await move.getByRole("button", { name: "Finn målepunktet" }).click();
  const found = move.getByRole("region", { name: "Dette fant vi i Elhub" });
  await expect(found.getByText("Sjøgata 12, 8006 Bodø")).toBeVisible();
  await expect(found.getByText("Arva")).toBeVisible();
  await expect(found.getByText("NO4")).toBeVisible();
  // Bodø is in Nordland: no VAT on the price or the monthly fee.
  await expect(found.getByText("Fritatt (Nord-Norge)")).toBeVisible();
  await expect(found.getByText("49,00 kr (ingen mva)")).toBeVisible();
  await expect(move.getByLabel("Gatenavn")).toHaveValue("Sjøgata");
  await expectNoSeriousViolationsNow(page, "Avtale with a move found");

  // Not confirmed: nothing changes.
  await found.getByRole("button", { name: "Bekreft flyttingen" }).click();
  await expect(found.getByText("Kryss av for at du bekrefter flyttingen.")).toBeVisible();
  await found.getByRole("checkbox", { name: /flytter/ }).check();

  // A målepunkt-ID changed in the browser only chooses among what Elhub answers when asked again.
  const gsrn = found.locator('input[name="gsrn"]');
  const real = await gsrn.inputValue();
  await gsrn.evaluate(
    (input, other) => {
      (input as HTMLInputElement).value = other;
    },
    norwegianGsrn(OLA?.gsrnSerial ?? 0),
  );
  await found.getByRole("button", { name: "Bekreft flyttingen" }).click();
  await expect(found.getByRole("alert")).toContainText("Elhub fant ikke noe målepunkt");
  await gsrn.evaluate((input, value) => {
    (input as HTMLInputElement).value = value;
  }, real);
  await found.getByRole("checkbox", { name: /flytter/ }).check();

  const confirm = await capturePost(
    page,
    () => found.getByRole("button", { name: "Bekreft flyttingen" }).click(),
    "Flyttingen er registrert",
  );
  await expect(page.getByRole("status")).toContainText("Flyttingen er registrert");
  const history = page.getByRole("table", { name: "Alle avtalene dine, nyeste først" });
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(history.getByRole("row", { name: /Sjøgata 12, 8006 Bodø/ })).toContainText("Starter senere");
  await expect(history.getByRole("row", { name: /Innherredsveien 45/ })).toContainText("Flyttet");
  await expect(page.getByText(/Avtalen har en planlagt endring/)).toBeVisible();
  await expectNoSeriousViolationsNow(page, "Avtale after a move");

  // The same POST from another customer's session names Ingrid's contract: not found, nothing moves.
  const ola = await browser.newContext();
  await accounts.signIn(await ola.newPage(), OLA?.email ?? "");
  const replay = await replayAction(ola, confirm);
  expect(await replay.text()).toContain("Vi fant ikke avtalen");
  await ola.close();
  await page.reload();
  await expect(history.locator("tbody tr")).toHaveCount(2);
});
