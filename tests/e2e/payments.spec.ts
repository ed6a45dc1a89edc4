import fs from "node:fs";
import path from "node:path";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { expect, test } from "./support/test";

// Customer service reads the bank's OCR giro file in by hand: the payments whose KID matches no invoice
// wait in the queue, a malformed file is refused with its line, and the same file twice changes nothing.
const SAMPLE = fs.readFileSync(path.join(import.meta.dirname, "../fixtures/ocr-giro/sample.txt"));
const file = (name: string, buffer: Buffer) => ({ name, mimeType: "text/plain", buffer });

test.describe("/admin/faktura/innbetalinger", () => {
  test.describe.configure({ mode: "default" });

  test("staff upload an OCR file: unknown KIDs are queued, a malformed file is refused with its line, the same file again changes nothing", async ({
    page,
    accounts,
  }) => {
    await accounts.signIn(page, await accounts.support());
    await page.getByRole("link", { name: "Innbetalinger fra banken" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Innbetalinger fra banken" })).toBeVisible();

    const lines = SAMPLE.toString("latin1").split("\r\n");
    lines[4] = lines[4]?.slice(0, 79) ?? "";
    await page
      .getByLabel("OCR-fil fra banken")
      .setInputFiles(file("avkortet.txt", Buffer.from(lines.join("\r\n"), "latin1")));
    await page.getByRole("button", { name: "Les inn filen" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Filen ble ikke lest inn." })).toContainText(
      "Linje 5: Posten har 79 tegn; hver post i en OCR-fil skal ha 80.",
    );

    await page.getByLabel("OCR-fil fra banken").setInputFiles(file("OCR.20261105.txt", SAMPLE));
    await page.getByRole("button", { name: "Les inn filen" }).click();
    await expect(
      page.getByText(/Lest inn 5 innbetalinger: 0 koblet til faktura med KID, 5 til behandling\./),
    ).toBeVisible();
    const queue = page.getByRole("table", { name: "Innbetalinger uten faktura, eldste først" });
    await expect(queue.getByRole("rowheader", { name: "10000000000000000018" })).toBeVisible();
    await expect(queue.getByRole("rowheader", { name: "Uten KID" }).first()).toBeVisible();
    await expectNoSeriousViolationsNow(page, "/admin/faktura/innbetalinger with a queue");

    const row = queue
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: "10000000000000000026" }) });
    await row.getByRole("textbox").fill("987654321");
    await row.getByRole("button", { name: "Koble" }).click();
    await expect(row.getByText("Ingen faktura har dette nummeret.")).toBeVisible();

    await page.getByLabel("OCR-fil fra banken").setInputFiles(file("igjen.txt", SAMPLE));
    await page.getByRole("button", { name: "Les inn filen" }).click();
    await expect(page.getByText("Denne filen er lest inn før. Ingenting er endret.")).toBeVisible();
  });
});
