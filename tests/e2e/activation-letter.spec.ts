// "Bli kunde" without BankID in the browser: ask for a letter, read it where the print service would
// get it (the suite's mail sink, scripts/e2e-server.ts), type the code, and go on as after BankID.
// People are the registry simulator's synthetic ones (src/platform/registries/simulator/people.ts).
import type { Page } from "@playwright/test";
import { readMailTo } from "../support/mail-inbox";
import { expectNoSeriousViolationsNow as axeClean } from "./support/axe";
import { E2E_LETTER_MAILBOX, E2E_MAIL_DIR } from "./support/e2e-settings";
import { expect, formAlert, test } from "./support/test";

/** The simulator's "Generert" people no other browser test uses; a retry takes the next (one letter in 3 days). */
const PEOPLE = [
  {
    nationalId: "03917643465",
    name: "LUN HARE",
    address: "Bakkeveien 59\n7010 TRONDHEIM",
    registered: /Lun Hare/i,
  },
  {
    nationalId: "08928943683",
    name: "VARM LAKS",
    address: "Solbergveien 6\n9008 TROMSØ",
    registered: /Varm Laks/i,
  },
];
/** A valid number the simulated Folkeregisteret does not know (UNKNOWN_NATIONAL_ID). */
const UNKNOWN = "23818330081";
const ANSWER =
  /Hvis fødselsnummeret er registrert i Folkeregisteret med en adresse i Norge, sender vi et brev/;

async function askForLetter(page: Page, nationalId: string): Promise<string> {
  await page.goto("/bli-kunde/uten-bankid");
  await page.getByLabel("Fødselsnummer eller D-nummer").fill(nationalId);
  for (const box of await page.getByRole("main").getByRole("checkbox").all()) await box.check();
  await page.getByRole("button", { name: "Send meg brev med kode" }).click();
  const answer = page.getByRole("main").getByRole("status").filter({ hasText: ANSWER });
  await expect(answer).toBeVisible();
  return (await answer.textContent()) ?? "";
}

/** The letter to this name and address that reached the print service's mailbox after `since`. */
async function letterTo(name: string, address: string, since: Date): Promise<string> {
  const block = `MOTTAKER\n${name}\n${address}`;
  let letter = "";
  await expect
    .poll(
      async () => {
        const mails = await readMailTo(E2E_MAIL_DIR, E2E_LETTER_MAILBOX);
        letter =
          mails.find((mail) => Date.parse(mail.receivedAt) >= since.getTime() && mail.text.includes(block))
            ?.text ?? "";
        return letter;
      },
      // The job's worker polls every 2 seconds; the simulator answers at once.
      { timeout: 30_000 },
    )
    .toContain(block);
  return letter;
}

test("without BankID: the same answer for any number, a letter to the registered address, and its code leads on to the next step", async ({
  page,
}, testInfo) => {
  const person = PEOPLE[testInfo.retry % PEOPLE.length] as (typeof PEOPLE)[number];
  await page.goto("/bli-kunde/uten-bankid");
  await axeClean(page, "/bli-kunde/uten-bankid");
  // A consent left out is said at its checkbox, in its own words; nothing is sent.
  await page.getByLabel("Fødselsnummer eller D-nummer").fill(person.nationalId);
  await page.getByRole("button", { name: "Send meg brev med kode" }).click();
  await expect(formAlert(page)).toBeVisible();
  await expect(page.getByText(/Uten kredittsjekk kan vi ikke tilby avtale på nett/)).toBeVisible();

  const since = new Date();
  const unknownAnswer = await askForLetter(page, UNKNOWN);
  const answer = await askForLetter(page, person.nationalId);
  expect(answer).toBe(unknownAnswer);
  await axeClean(page, "/bli-kunde/uten-bankid after asking");

  const letter = await letterTo(person.name, person.address, since);
  const code = /\b([0-9A-Z]{4}-[0-9A-Z]{4})\b/.exec(letter)?.[1] ?? "";
  expect(letter).toContain("/bli-kunde/aktiveringskode");

  await page.getByRole("link", { name: "skriv inn koden" }).click();
  await expect(page).toHaveURL(/\/bli-kunde\/aktiveringskode$/);
  await axeClean(page, "/bli-kunde/aktiveringskode");
  await page.getByLabel("Fødselsnummer eller D-nummer").fill(person.nationalId);
  await page.getByLabel("Aktiveringskode").fill(code === "2222-2222" ? "3333-3333" : "2222-2222");
  await page.getByRole("button", { name: "Gå videre" }).click();
  await expect(formAlert(page)).toContainText("Koden virker ikke for dette fødselsnummeret");
  await axeClean(page, "/bli-kunde/aktiveringskode with a wrong code");

  await page.getByLabel("Aktiveringskode").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Gå videre" }).click();
  await expect(page).toHaveURL(/\/bli-kunde$/);
  // As after BankID: Folkeregisteret's name, then contact details.
  await expect(page.getByRole("heading", { name: "Kontaktopplysninger og adresse", level: 2 })).toBeVisible();
  await expect(page.getByText(person.registered).first()).toBeVisible();
});
