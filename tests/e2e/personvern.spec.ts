import { unzipSync } from "fflate";
import { waitForMailTo } from "../support/mail-inbox";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { DEMO_PASSWORD, E2E_MAIL_DIR } from "./support/e2e-settings";
import { GENERIC_LOGIN_ERROR, logIn } from "./support/session";
import { expect, test } from "./support/test";

// Demo Kari where a test only reads (her readings, invoices and contract); a Kari of the test's own
// where it changes something. Downloads, erasure and new contact details want a fresh strong proof
// (step-up, tests/e2e/step-up.spec.ts): those tests sign in as BankID would (`strong`).
const KARI = "kari.nordmann@example.com";
const STRONG = { strong: true };

test.describe("Personvern on Min side", () => {
  test("P22: the access copy opens at once, readable and as JSON, with who among staff has looked", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, KARI, STRONG);
    await page.getByRole("link", { name: "Personvern" }).first().click();
    await expect(page).toHaveURL(/\/min-side\/personvern$/);
    await expect(page.getByRole("heading", { name: "Hvem har sett på opplysningene mine" })).toBeVisible();

    await page.getByRole("link", { name: "Se kopien (kan skrives ut)" }).click();
    // The copy gathers everything: on a loaded machine it may take longer than an assertion's 5 s.
    await expect(page).toHaveURL(/\/min-side\/personvern\/innsyn$/, { timeout: 20_000 });
    await expect(page.getByRole("heading", { level: 1, name: "Kopi av opplysningene dine" })).toBeVisible({
      timeout: 20_000,
    });
    await expect(page.getByRole("heading", { name: "Kontaktinformasjon" })).toBeVisible();
    await expect(page.getByText(KARI).first()).toBeVisible();
    await expect(page.getByText(/Fødselsnummer: \d{6} \*{5}/)).toBeVisible();
    const rights = page.getByRole("region", { name: "Rettighetene dine" });
    await expect(rights.getByText("Rett til korrigering")).toBeVisible();
    await expect(rights.getByText(/kan du klage til Datatilsynet/)).toBeVisible();

    const response = await page.request.get("/min-side/personvern/innsyn/json");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toContain("klarkraft-innsyn");
    const copy = (await response.json()) as {
      format: string;
      categories: { id: string }[];
      complaint: { authority: string };
    };
    expect(copy.format).toBe("klarkraft-innsyn/1");
    expect(copy.complaint.authority).toBe("Datatilsynet");
    expect(copy.categories.map((c) => c.id)).toContain("consumption");
  });

  test("P22: Personvern shows the newest 20 staff looks with the count, the full list is paged and the customer's own", async ({
    page,
    browser,
    accounts,
  }) => {
    const customer = await accounts.customer();
    const staff = await browser.newContext();
    const staffPage = await staff.newPage();
    await accounts.signIn(staffPage, await accounts.support());
    await staffPage.getByLabel("Søk etter kunde").fill(customer.name.split(" ")[1] ?? "");
    await staffPage.getByLabel("Hvorfor trenger du opplysningene?").selectOption("inquiry");
    await staffPage.getByRole("button", { name: "Søk", exact: true }).click();
    await staffPage.getByRole("link", { name: customer.name, exact: true }).click();
    await expect(staffPage).toHaveURL(/\/admin\/kunder\/[0-9a-f-]+\?grunn=inquiry$/);
    // Every opening of the card is an audited look: 20 more make the list longer than the page shows.
    for (let n = 0; n < 20; n++) expect((await staffPage.request.get(staffPage.url())).status()).toBe(200);
    await staff.close();

    await accounts.signIn(page, customer);
    await page.goto("/min-side/personvern");
    const count = page.getByText(/^Viser de 20 siste av (\d+) oppslag\.$/);
    await expect(count).toBeVisible();
    const total = Number(/av (\d+)/.exec((await count.textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(20);
    const latest = page.getByRole("table", { name: "Ansattes oppslag, det nyeste først" });
    await expect(latest.locator("tbody tr")).toHaveCount(20);
    await expect(latest.getByRole("cell", { name: "Kundeservice" }).first()).toBeVisible();

    await page.getByRole("link", { name: `Se alle ${total} oppslagene` }).click();
    // A page rendered on demand: on a loaded machine it may take longer than an assertion's 5 s.
    await expect(page).toHaveURL(/\/min-side\/personvern\/oppslag$/, { timeout: 20_000 });
    await expect(
      page.getByRole("heading", { level: 2, name: `Oppslag 1–${total} av ${total}` }),
    ).toBeVisible();
    const all = page.getByRole("table", { name: "Ansattes oppslag, det nyeste først" });
    await expect(all.locator("tbody tr")).toHaveCount(total);
    await expect(all.getByRole("cell", { name: "Fant deg i et kundesøk" })).toBeVisible();

    // A page beyond the end, or not a page at all, is the last or first page with a word why: never an error.
    const beyond = await page.goto("/min-side/personvern/oppslag?side=9");
    expect(beyond?.status()).toBe(200);
    await expect(page.getByText("Det finnes bare 1 side. Her er den siste.")).toBeVisible();
    await expect(all.locator("tbody tr")).toHaveCount(total);
    const bad = await page.goto("/min-side/personvern/oppslag?side=abc");
    expect(bad?.status()).toBe(200);
    await expect(page.getByText("Sidenummeret i adressen er ikke gyldig. Her er første side.")).toBeVisible();

    // Another customer sees none of these looks.
    const other = await browser.newContext();
    const otherPage = await other.newPage();
    await accounts.signIn(otherPage, await accounts.customer());
    await otherPage.goto("/min-side/personvern/oppslag");
    await expect(otherPage.getByRole("heading", { level: 2, name: "Ingen oppslag" })).toBeVisible();
    await expect(otherPage.getByText("Ingen ansatte har sett på opplysningene dine.")).toBeVisible();
    await other.close();
  });

  test("P26: the portability ZIP holds JSON and CSV, consumption with ISO 8601 offsets", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, KARI, STRONG);
    const response = await page.request.get("/min-side/personvern/dataportabilitet");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await response.body()));
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["forbruk.csv", "forbruk.json", "kunde.json", "avtaler.csv"]),
    );
    const csv = new TextDecoder().decode(files["forbruk.csv"]);
    expect(csv.split("\r\n")[1]).toMatch(
      /^\d{18},\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}\+0[12]:00,PT1H,/,
    );
  });

  test("P25 and P27: restriction and objection take effect at once, show on the timeline, and can be lifted", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, await accounts.customer());
    await page.goto("/min-side/personvern");
    await page.getByRole("button", { name: "Begrens behandlingen" }).click();
    await expect(page.getByText("Behandlingen er begrenset fra nå.")).toBeVisible();
    await expect(page.getByText(/Behandlingen er begrenset fra \d/)).toBeVisible();

    // Kari became a customer without "Bli kunde": no credit check of hers was decided automatically.
    await expect(page.getByText("Vi har ikke registrert noen automatisk avgjørelse om deg.")).toBeVisible();
    await expect(page.getByText(/ble avgjort automatisk/)).toHaveCount(0);

    await page.getByRole("button", { name: "Protester mot direkte markedsføring" }).click();
    await expect(page.getByText(/Direkte markedsføring: du har protestert/)).toBeVisible();

    const requests = page.getByRole("table", { name: "Forespørslene dine, den nyeste først" });
    await expect(requests.getByRole("link", { name: "Begrensning" }).first()).toBeVisible();
    await requests.getByRole("link", { name: "Protest" }).first().click();
    await expect(page.getByRole("heading", { name: "Tidslinje" })).toBeVisible();
    await expect(page.getByText("Forespørselen er fullført")).toBeVisible();
    await page.getByText(/Begrensninger \(personvernforordningen artikkel 21\)/).click();
    await expect(page.getByText(/Begrenset av:/)).toBeVisible();

    await page.goto("/min-side/personvern");
    await page.getByRole("button", { name: "Trekk protesten mot direkte markedsføring" }).click();
    await expect(page.getByText("Direkte markedsføring: ingen protest.")).toBeVisible();
    await page.getByRole("button", { name: "Opphev begrensningen" }).click();
    await expect(page.getByRole("button", { name: "Begrens behandlingen" })).toBeVisible();
  });

  test("P23 and P28: a rectification request gets a due date and a timeline; a second shows the first", async ({
    page,
    accounts,
  }) => {
    const kari = await accounts.customer();
    await accounts.signIn(page, kari);
    await page.goto("/min-side/personvern");
    await page.getByRole("radio", { name: "Folkeregistrert adresse" }).check();
    await page.getByLabel("Hva er riktig?").fill("Jeg har flyttet til Kirkeveien 66.");
    await page.getByRole("button", { name: "Send forespørsel om retting" }).click();
    await expect(page).toHaveURL(/\/min-side\/personvern\/foresporsler\/[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { name: "Retting: Folkeregistrert adresse" })).toBeVisible();
    await expect(page.getByText("Vi svarer senest")).toBeVisible();
    await expect(page.getByText("Vi mottok forespørselen")).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/min-side/personvern/foresporsler/[id]");
    const first = page.url();
    const mail = await waitForMailTo(E2E_MAIL_DIR, kari.email, { timeoutMs: 10_000 });
    expect(mail.subject).toContain("retting");

    await page.goto("/min-side/personvern");
    await page.getByLabel("Hva er riktig?").fill("Samme sak en gang til.");
    await page.getByRole("button", { name: "Send forespørsel om retting" }).click();
    await expect(page).toHaveURL(`${first}?finnes=1`);
    await expect(page.getByText("Du har allerede en åpen forespørsel av denne typen.")).toBeVisible();
  });

  test("P23: the phone number is changed directly", async ({ page, accounts }) => {
    await accounts.signIn(page, await accounts.customer(), STRONG);
    await page.goto("/min-side/personvern");
    const phone = page.getByLabel("Telefonnummer");
    const before = await phone.inputValue();
    await phone.fill("+47 400 00 001");
    await page.getByRole("button", { name: "Lagre telefonnummer" }).click();
    await expect(page.getByText("Telefonnummeret er endret.")).toBeVisible();
    await phone.fill(before);
    await page.getByRole("button", { name: "Lagre telefonnummer" }).click();
    await expect(page.getByText("Telefonnummeret er endret.")).toBeVisible();
  });

  test("P23: a new email needs the password", async ({ page, accounts }) => {
    await accounts.signIn(page, await accounts.customer(), STRONG);
    await page.goto("/min-side/personvern");
    await page.getByLabel("Ny e-postadresse").fill("kari.ny@example.com");
    await page.getByLabel("Passordet ditt").fill("ikke riktig passord");
    await page.getByRole("button", { name: "Endre e-postadresse" }).click();
    await expect(page.getByText("Passordet stemmer ikke.", { exact: false }).first()).toBeVisible();
    await expect(page.getByLabel("Ny e-postadresse")).toHaveValue("kari.ny@example.com");
  });

  test("P24: an active contract blocks erasure and says so, with what the law keeps until when, and offers to end it", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, KARI);
    await page.goto("/min-side/personvern");
    const erasure = page.getByRole("region", { name: "Sletting" });
    await expect(erasure.getByText(/Du har en aktiv strømavtale/)).toBeVisible();
    await expect(erasure.getByText(/Fakturaer.*til og med 31\. desember \d{4}/)).toBeVisible();
    await expect(erasure.getByRole("button", { name: "Slett opplysningene mine" })).toHaveCount(0);
    await erasure.getByRole("link", { name: "si opp avtalen under Avtale" }).click();
    await expect(page.getByRole("heading", { name: "Si opp avtalen" })).toBeVisible();
  });

  test("a request id that is not one of the customer's own is not found", async ({ page, accounts }) => {
    await accounts.signIn(page, KARI);
    const response = await page.goto(
      "/min-side/personvern/foresporsler/00000000-0000-7000-8000-000000000000",
    );
    expect(response?.status()).toBe(404);
    const bad = await page.goto("/min-side/personvern/foresporsler/ikke-en-id");
    expect(bad?.status()).toBe(404);
  });
});

test("P22: exports are only for a signed-in customer", async ({ page, accounts }) => {
  const anonymous = await page.request.get("/min-side/personvern/innsyn/json");
  expect(anonymous.status()).toBe(401);
  await accounts.signIn(page, await accounts.admin());
  const staff = await page.request.get("/min-side/personvern/dataportabilitet");
  expect(staff.status()).toBe(404);
});

test("P24: without an active contract, erasure shows what goes and what the law keeps, then erases, signs out and mails a receipt", async ({
  page,
  accounts,
}) => {
  const eirik = "eirik.strand@example.com";
  await accounts.signIn(page, eirik, STRONG);
  await page.goto("/min-side/personvern");
  const erasure = page.getByRole("region", { name: "Sletting" });
  await expect(erasure.getByText("Slettes med en gang")).toBeVisible();
  await expect(erasure.getByText("E-postadresse", { exact: true })).toBeVisible();
  // The final invoice was issued this year: kept through the end of the fifth year after it.
  const keptUntil = new Date().getFullYear() + 5;
  await expect(
    erasure.getByText(new RegExp(`Fakturaer.*til og med 31\\. desember ${keptUntil}`)),
  ).toBeVisible();

  await erasure.getByLabel("Bekreft med passordet ditt").fill("ikke riktig passord");
  await erasure.getByRole("button", { name: "Slett opplysningene mine" }).click();
  await expect(erasure.getByText("Passordet stemmer ikke.", { exact: false }).first()).toBeVisible();

  const started = new Date();
  await erasure.getByLabel("Bekreft med passordet ditt").fill(DEMO_PASSWORD);
  await erasure.getByRole("button", { name: "Slett opplysningene mine" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?melding=opplysninger-slettet/);
  await expect(page.getByText("Opplysningene dine er slettet")).toBeVisible();
  const receipt = await waitForMailTo(E2E_MAIL_DIR, eirik, { after: started, timeoutMs: 10_000 });
  expect(receipt.subject).toContain("slettet");

  // The login is gone with the data.
  await page.goto("/min-side/personvern");
  await expect(page).toHaveURL(/\/logg-inn/);
  await logIn(page, eirik);
  await expect(page.getByText(GENERIC_LOGIN_ERROR)).toBeVisible();
});
