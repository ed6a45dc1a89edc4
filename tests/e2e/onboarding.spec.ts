// "Bli kunde" on a 390 px phone against the registry simulators the suite's server started
// (scripts/e2e-server.ts, E2E_SIMULATOR_PORT). People are the simulator's synthetic ones (README).
import type { Page } from "@playwright/test";
import { waitForMailTo } from "../support/mail-inbox";
import { expectNoSeriousViolationsNow as axeClean } from "./support/axe";
import { chooseBankIdPerson } from "./support/bankid";
import { E2E_MAIL_DIR, E2E_SIMULATOR_URL } from "./support/e2e-settings";
import { expect, formAlert, test } from "./support/test";

test.use({ viewport: { width: 390, height: 844 } });

interface Person {
  nationalId: string;
  firstName: string;
  lastName: string;
  street: string;
  postalCode: string;
  city: string;
}

const TRAVEL_GAUPE: Person = {
  nationalId: "21886615091",
  firstName: "Travel",
  lastName: "Gaupe",
  street: "Munkegata 3",
  postalCode: "7010",
  city: "Trondheim",
};
const UHELDIG_BJORN: Person = {
  nationalId: "30838119057",
  firstName: "Uheldig",
  lastName: "Bjørn",
  street: "Markens gate 20",
  postalCode: "4610",
  city: "Kristiansand",
};
const MODIG_ORRET: Person = {
  nationalId: "28829014019",
  firstName: "modig",
  lastName: "ørret",
  street: "Bryggen 7",
  postalCode: "5003",
  city: "Bergen",
};
const NOKTERN_REV: Person = {
  nationalId: "09817917094",
  firstName: "Nøktern",
  lastName: "Rev",
  street: "",
  postalCode: "",
  city: "",
};
const PASSWORD = "Nordlys over fjorden i mars";

/** Step 1 and BankID: the consents, then the person picked at the local BankID provider. */
async function startWithBankId(page: Page, person: Person, level: "high" | "substantial" = "high") {
  await page.goto("/bli-kunde");
  for (const box of [/Folkeregisteret$/, /Elhub$/, /Experian$/, /avtalevilkårene/]) {
    await page.getByRole("checkbox", { name: box }).check();
  }
  await page.getByRole("button", { name: "Fortsett med BankID" }).click();
  await chooseBankIdPerson(page, { nationalId: person.nationalId, level });
}

/** Step 3: contact details (the address is Folkeregisteret's unless given), and the emailed code. */
async function giveContactDetails(page: Page, email: string, address?: Partial<Person>) {
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Mobilnummer").fill("412 34 567");
  if (address?.street) await page.getByLabel("Gateadresse").fill(address.street);
  const sent = new Date();
  await page.getByRole("button", { name: "Send kode til e-posten" }).click();
  await expect(heading(page, "Bekreft e-postadressen")).toBeVisible();
  const mail = await waitForMailTo(E2E_MAIL_DIR, email, { after: sent, timeoutMs: 10_000 });
  const code = /(\d{3}) ?(\d{3})/.exec(mail.text);
  await page.getByLabel(/Kode/).fill(`${code?.[1]}${code?.[2]}`);
  await page.getByRole("button", { name: "Bekreft e-postadressen" }).click();
}

const heading = (page: Page, name: string) => page.getByRole("heading", { name, level: 2 });

/** Queues a fault for requests that mention `when`: other tests use the simulator at the same time. */
async function simulatorFault(api: string, fault: string, count: number, when: string) {
  const response = await fetch(`${E2E_SIMULATOR_URL}/_simulator/faults`, {
    method: "POST",
    body: JSON.stringify({ api, fault, count, when }),
  });
  expect(response.status).toBe(204);
}

test.describe("Bli kunde at 390 px", () => {
  test("P6, P7, P8, P9, P10: a new customer goes from the form to a signed-in Min side, resuming after a reload, axe clean on every step", async ({
    page,
  }) => {
    await page.goto("/bli-kunde");
    await axeClean(page, "step 1");
    // No national ID and no name to type: BankID says who the person is.
    await expect(page.getByLabel(/Fødselsnummer/)).toHaveCount(0);
    // P10: each look-up's purpose is said where it is asked, and declining one says what follows.
    await expect(page.getByText(/Experian sender deg et gjenpartsbrev/)).toBeVisible();
    await page.getByRole("button", { name: "Fortsett med BankID" }).click();
    await expect(page.getByText(/Uten kredittsjekk kan vi ikke tilby avtale på nett/)).toBeVisible();
    await expect(page.getByText(/Uten målepunktet kan vi ikke levere strøm til deg/)).toBeVisible();
    await axeClean(page, "step 1 with every consent missing");
    await startWithBankId(page, TRAVEL_GAUPE);

    // P7: the name is Folkeregisteret's, and the address offered is the registered one.
    await expect(heading(page, "Kontaktopplysninger og adresse")).toBeVisible();
    await expect(page.getByText(/registrert som Travel Gaupe/i)).toBeVisible();
    await expect(page.getByLabel("Gateadresse")).toHaveValue(/Munkegata 3/i);
    await axeClean(page, "contact step");
    await giveContactDetails(page, "travel.gaupe@example.com");

    await expect(heading(page, "Målepunktet ditt i Elhub")).toBeVisible();
    await expect(page.getByText("E-postadressen din er bekreftet.")).toBeVisible();
    await expect(page.getByText(/prisområde NO3 · nettselskap Tensio/).first()).toBeVisible();
    await axeClean(page, "metering point step");
    await page.reload();
    await expect(heading(page, "Målepunktet ditt i Elhub")).toBeVisible();
    await page
      .getByRole("radio", { name: /Munkegata 3/ })
      .nth(1)
      .check();
    await page.getByRole("button", { name: "Velg målepunkt" }).click();

    await expect(heading(page, "Kredittsjekk hos Experian")).toBeVisible();
    await expect(page.getByText(/Avgjørelsen tas automatisk/)).toBeVisible();
    await axeClean(page, "credit step");
    await page.getByRole("button", { name: "Kjør kredittsjekk" }).click();

    await expect(heading(page, "Velg avtale og lag passord")).toBeVisible();
    await expect(page.getByText(/Påslag: .* med mva\./)).toBeVisible();
    await expect(page.getByText(/Energipris: .*\(79,90 øre\/kWh uten mva\.\)/)).toBeVisible();
    await axeClean(page, "product step");
    await page.getByRole("radio", { name: "Fastpris 12 måneder" }).check();
    // Angrerett before signing, with the form; supply starts after the 14 days unless asked otherwise.
    await expect(page.getByRole("region", { name: "Angrerett" })).toContainText("innen 14 dager");
    await expect(page.getByRole("link", { name: /angreskjemaet/ })).toHaveAttribute("href", "/angreskjema");
    await expect(page.getByRole("radio", { name: "Etter angrefristen" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Før angrefristen er ute" })).not.toBeChecked();
    await page.getByLabel("Nytt passord", { exact: true }).fill(PASSWORD);
    await page.getByLabel("Gjenta nytt passord").fill(PASSWORD);
    const signedAt = new Date();
    await page.getByRole("button", { name: "Bli kunde" }).click();
    await expect(page).toHaveURL(/\/min-side$/);
    await expect(page.getByText("Travel").first()).toBeVisible();
    // The contract holds the price the product step showed, and supply has not started: withdrawing is free.
    await page.goto("/min-side/avtale");
    await expect(page.getByText(/79,90 øre\/kWh uten mva/).first()).toBeVisible();
    await expect(page.getByRole("region", { name: "Angre avtalen" })).toContainText(
      "Leveringen har ikke startet",
    );
    // The confirmation on a durable medium: the mail with the contract as a PDF.
    const confirmation = await waitForMailTo(E2E_MAIL_DIR, "travel.gaupe@example.com", {
      after: signedAt,
      timeoutMs: 20_000,
    });
    expect(confirmation.subject).toBe("Bekreftelse på strømavtalen din");
    expect(confirmation.text).toContain("Du kan angre avtalen til og med");
    expect(confirmation.text).toContain("Fastpris");
    expect(confirmation.attachments.map((a) => a.contentType)).toEqual(["application/pdf"]);
    expect(
      Buffer.from(confirmation.attachments[0]?.contentBase64 ?? "", "base64")
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  test("P27: an automated decline offers a person's review; the mailed link shows its status; staff approve and the applicant finishes", async ({
    page,
    browser,
    accounts,
  }) => {
    await startWithBankId(page, UHELDIG_BJORN);
    await giveContactDetails(page, "uheldig.bjorn@example.com");
    await page.getByRole("button", { name: "Velg målepunkt" }).click();
    await page.getByRole("button", { name: "Kjør kredittsjekk" }).click();
    await expect(heading(page, "Vi kan ikke tilby deg avtale nå")).toBeVisible();
    await axeClean(page, "declined step");
    const requested = new Date();
    await page.getByRole("button", { name: "Be om vurdering av en person" }).click();
    await expect(page.getByText("Du har bedt om vurdering av en person.")).toBeVisible();
    const mail = await waitForMailTo(E2E_MAIL_DIR, "uheldig.bjorn@example.com", {
      after: requested,
      timeoutMs: 10_000,
    });
    const statusLink = new URL(/http\S+\/bli-kunde\/vurdering\/\S+/.exec(mail.text)?.[0] ?? "").pathname;
    await page.goto(statusLink);
    await expect(page.getByText(/Mottatt: en saksbehandler vurderer søknaden/)).toBeVisible();
    await axeClean(page, "review status page");

    const staffContext = await browser.newContext({
      viewport: { width: 390, height: 844 },
      extraHTTPHeaders: { "x-forwarded-for": "198.51.100.251" },
    });
    const staff = await staffContext.newPage();
    await accounts.signIn(staff, await accounts.support());
    await staff.goto("/admin/kredittvurderinger");
    await axeClean(staff, "/admin/kredittvurderinger");
    const row = staff.getByRole("row", { name: /Uheldig Bjørn/ });
    await row.getByRole("radio", { name: "Godkjenn" }).check();
    await row.getByRole("button", { name: "Lagre vurdering" }).click();
    await expect(staff.getByRole("row", { name: /Uheldig Bjørn/ })).toContainText("Vurdert");
    await expect(staff.getByRole("row", { name: /Uheldig Bjørn/ })).toContainText("Godkjent");
    await staffContext.close();

    // The link finishes the application in any browser, here one without the resume cookie.
    const elsewhere = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const phone = await elsewhere.newPage();
    await phone.goto(statusLink);
    await expect(phone.getByText(/Godkjent: du kan fullføre søknaden/)).toBeVisible();
    await phone.getByRole("button", { name: "Fullfør søknaden" }).click();
    await expect(heading(phone, "Velg avtale og lag passord")).toBeVisible();
    await expect(phone.getByText(/etter vurdering av en saksbehandler/)).toBeVisible();
    await elsewhere.close();
  });

  test("a Folkeregisteret outage keeps the application; after a reload the person retries and goes on", async ({
    page,
  }) => {
    await simulatorFault("folkeregister", "500", 3, MODIG_ORRET.nationalId);
    await startWithBankId(page, MODIG_ORRET);
    await expect(page.getByText(/Vi får ikke svar fra Folkeregisteret akkurat nå/)).toBeVisible();
    await axeClean(page, "identity step, registry down");
    await page.reload();
    await expect(page.getByText(/Opplysningene dine er lagret/)).toBeVisible();
    await page.getByRole("button", { name: "Prøv igjen" }).click();
    await expect(heading(page, "Kontaktopplysninger og adresse")).toBeVisible();
    await expect(page.getByLabel("Gateadresse")).toHaveValue(/Bryggen 7/i);
  });

  test("P15: an existing customer who starts Bli kunde with BankID is signed in to Min side", async ({
    page,
    accounts,
  }) => {
    const customer = await accounts.customer();
    await startWithBankId(page, { ...TRAVEL_GAUPE, nationalId: customer.nationalId ?? "" });
    await expect(page).toHaveURL(/\/min-side$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(customer.name);
  });

  test("signing a contract wants BankID's high level: the biometric level is refused and nothing is started", async ({
    page,
  }) => {
    await startWithBankId(page, NOKTERN_REV, "substantial");
    await expect(page).toHaveURL(/\/bli-kunde\?bankid=acr-too-low/);
    await expect(page.getByText(/ikke høyt nok sikkerhetsnivå/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Fortsett med BankID" })).toBeVisible();
  });

  test("bad contact details are refused at the field, keeping what was typed", async ({ page }) => {
    await startWithBankId(page, NOKTERN_REV);
    await expect(heading(page, "Kontaktopplysninger og adresse")).toBeVisible();
    await page.getByLabel("E-post").fill("x".repeat(300));
    await page.getByLabel("Mobilnummer").fill("12345678");
    await page.getByLabel("Postnummer").fill("503");
    await page.getByRole("button", { name: "Send kode til e-posten" }).click();
    await expect(formAlert(page)).toContainText("Sjekk feltene");
    await expect(page.getByText(/Postnummeret er fire siffer/)).toBeVisible();
    await expect(page.getByText(/Skriv en gyldig e-postadresse/)).toBeVisible();
    await expect(page.getByLabel("Mobilnummer")).toHaveValue("12345678");
  });
});
