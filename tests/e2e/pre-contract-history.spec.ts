// A customer who has just signed up sees the 13 months of history Elhub gave us as their own consumption
// from before they joined, never as our supply at 0 kr: Forbruk's month and year views, Oversikt and
// "Norgespris eller spotpris?".
import { addDays, addMonths, osloDate } from "../../src/platform/time/oslo-calendar";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { expect, test } from "./support/test";

const dotted = (date: string) => date.split("-").reverse().join(".");
/** "0,00 kr" as an amount of its own, not the end of "120,00 kr" or "1 230,00 kr". */
const ZERO_KRONER = /(?<![\d\s])0,00\s?kr/;

test("a new customer's history from before the contract is shown as theirs, not as free supply", async ({
  page,
  accounts,
}) => {
  const joining = await accounts.customer({ like: "Kari", joining: true });
  const today = osloDate(new Date());
  const start = addDays(today, 3);
  const lastMonth = addMonths(today, -1).slice(0, 7);
  await accounts.signIn(page, joining);

  // Oversikt: last month is consumption from before they joined, with no cost of ours.
  const main = page.getByRole("main");
  await expect(main.getByText("Forbruk før du ble kunde, ingen kostnad hos oss").first()).toBeVisible();
  await expect(main).not.toContainText(/ca\. 0,00\s?kr/);

  // Forbruk, last month: no 0 kr cost, nothing "mangler spotpris", the days labelled as before joining,
  // and what it would have cost with the current contract, said to be just that.
  await page.goto(`/min-side/forbruk?periode=maned&dato=${lastMonth}`);
  await expect(main.getByText("Ingen fra oss: forbruket er fra før du ble kunde.")).toBeVisible();
  await expect(main).not.toContainText(ZERO_KRONER);
  await expect(main).not.toContainText("mangler spotpris");
  await expect(main).not.toContainText("Hva kostet strømmen?");
  const before = main.getByRole("region", { name: "Forbruk før du ble kunde" });
  await expect(before.getByTestId("before-supply-kwh")).toContainText("er fra før du ble kunde");
  await expect(before).toContainText(/Hva det ville kostet hos oss: ca\. [1-9][\d\s]*,\d\d kr/);
  await expect(before).toContainText("regnet med avtalen du har nå (Spotpris: spotpris og påslag");
  await main.getByText("Vis tallene som tabell").click();
  const rows = main.getByRole("table", { name: /Forbruk/ }).locator("tbody tr");
  await expect(rows.first()).toContainText("(før du ble kunde)");
  await expectNoSeriousViolationsNow(page, "Forbruk before the contract");

  // The year view: when the supply starts, and that the consumption before it is from before joining.
  await page.goto(`/min-side/forbruk?periode=ar&dato=${today.slice(0, 4)}`);
  await expect(main).toContainText(
    `${dotted(start)} begynner vi å levere strøm til deg på dette målepunktet.`,
  );
  await expect(main).toContainText("er ditt, men fra før du ble kunde");
  await expect(main).not.toContainText("da vi begynte å levere strøm til deg");
  await expect(main).not.toContainText("mangler spotpris");

  // Norgespris eller spotpris?: the months are priced with the current contract, as the page says.
  await page.goto("/min-side/forbruk/norgespris");
  await expect(main.getByTestId("before-supply-terms")).toContainText(
    `Dagene før du ble kunde (før ${dotted(start)}) leverte vi ikke strømmen.`,
  );
  const table = main.getByRole("table", { name: "Måned for måned" });
  await expect(table.locator("tbody tr").first()).toContainText("(før du ble kunde)");
  await expect(table).not.toContainText(ZERO_KRONER);
  await expect(main).not.toContainText("Det ville ha kostet det samme");
  await expect(main).not.toContainText("har fantes");
});
