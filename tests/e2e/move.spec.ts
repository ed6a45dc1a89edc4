import type { Locator } from "@playwright/test";
import { DEMO_CUSTOMERS } from "../../prisma/seed/people";
import { addDays, osloDate } from "../../src/domain/oslo-calendar";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { E2E_SIMULATOR_URL } from "./support/e2e-settings";
import { logInAndWait } from "./support/session";
import { expect, test } from "./support/test";

const KARI = DEMO_CUSTOMERS.find((c) => c.firstName === "Kari");

async function simulatorFault(api: string, fault: string, count: number) {
  const response = await fetch(`${E2E_SIMULATOR_URL}/_simulator/faults`, {
    method: "POST",
    body: JSON.stringify({ api, fault, count }),
  });
  expect(response.status).toBe(204);
}

async function searchAddress(move: Locator, street: string, number: string, postcode: string) {
  await move.getByLabel("Gatenavn").fill(street);
  await move.getByLabel("Husnummer").fill(number);
  await move.getByLabel("Postnummer").fill(postcode);
  await move.getByRole("button", { name: "Finn målepunktet" }).click();
}

test("Kari reports a move to Bodø: a refused address and an Elhub outage keep what she typed, the point found is shown with prices without VAT, and the confirmed move is in her contract history", async ({
  page,
}) => {
  const moveDate = addDays(osloDate(new Date()), 14);
  await logInAndWait(page, KARI?.email ?? "", /\/min-side$/);
  await page.getByRole("link", { name: "Avtale", exact: true }).click();
  const move = page.getByRole("region", { name: "Meld flytting" });
  await move.getByLabel("Flyttedato").fill(moveDate);

  // Elhub says the point at this address is blocked for a supplier switch: nothing is registered.
  await searchAddress(move, "Tollbugata", "8", "8006");
  await expect(move.getByRole("alert")).toContainText("sperret for leverandørbytte");
  await expect(move.getByLabel("Gatenavn")).toHaveValue("Tollbugata");
  await expect(move.getByLabel("Flyttedato")).toHaveValue(moveDate);

  // Elhub does not answer (the first try and both retries): the address stays for another try.
  await simulatorFault("elhub", "500", 3);
  await searchAddress(move, "Sjøgata", "12", "8006");
  await expect(move.getByRole("alert")).toContainText("Vi får ikke svar fra Elhub");
  await expect(move.getByLabel("Gatenavn")).toHaveValue("Sjøgata");

  await move.getByRole("button", { name: "Finn målepunktet" }).click();
  const found = move.getByRole("region", { name: "Dette fant vi i Elhub" });
  await expect(found.getByText("Sjøgata 12, 8006 BODØ")).toBeVisible();
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
  await found.getByRole("button", { name: "Bekreft flyttingen" }).click();

  await expect(page.getByRole("status")).toContainText("Flyttingen er registrert");
  const history = page.getByRole("table", { name: "Alle avtalene dine, nyeste først" });
  await expect(history.locator("tbody tr")).toHaveCount(2);
  await expect(history.getByRole("row", { name: /Sjøgata 12, 8006 BODØ/ })).toContainText("Starter senere");
  await expect(history.getByRole("row", { name: /Kirkeveien 64B/ })).toContainText("Flyttet");
  await expect(page.getByText(/Avtalen har en planlagt endring/)).toBeVisible();
  await expectNoSeriousViolationsNow(page, "Avtale after a move");
});
