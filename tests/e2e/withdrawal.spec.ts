// Angrerett on Avtale: within the 14 days a new customer withdraws (and sees what the days they asked to be
// supplied cost, and gets the confirmation with the contract as a PDF); after them it is not offered.
import { withdrawalPeriodFrom } from "@/features/contracts/domain/withdrawal";
import { addDays, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";
import { waitForMailTo } from "../support/mail-inbox";
import { expectNoSeriousViolationsNow } from "./support/axe";
import { E2E_MAIL_DIR } from "./support/e2e-settings";
import { expect, test } from "./support/test";

const longDate = (iso: string) => osloDateLong(osloMidnight(iso));

test("a customer who asked for supply to start early withdraws within 14 days, sees what the days used cost, and gets the confirmation with the PDF", async ({
  page,
  accounts,
}) => {
  const customer = await accounts.customer({ like: "Sofie", concludedDaysAgo: 3 });
  const today = osloDate(new Date());
  const { lastDay } = withdrawalPeriodFrom(addDays(today, -3));
  await accounts.signIn(page, customer);
  await page.goto("/min-side/avtale");
  const withdrawal = page.getByRole("region", { name: "Angre avtalen" });
  await expect(withdrawal).toContainText(`Du har angrerett til og med ${longDate(lastDay)}`);
  // Supply started yesterday at the customer's request: one day to pay for, worked out to the øre.
  await expect(withdrawal).toContainText(`til og med ${longDate(addDays(today, -1))} (1 dag)`);
  await expect(withdrawal.getByText("Du betaler", { exact: true })).toBeVisible();
  await expect(withdrawal.getByText(/Månedsbeløp for 1 dag/)).toBeVisible();
  await expectNoSeriousViolationsNow(page, "/min-side/avtale with Angre avtalen");

  // The confirm step: not ticked, nothing happens.
  await withdrawal.getByRole("button", { name: "Angre avtalen" }).click();
  await expect(withdrawal.getByText("Kryss av for at du vil angre avtalen.")).toBeVisible();
  await withdrawal.getByRole("checkbox", { name: /bruke angreretten/ }).check();
  const withdrawnAt = new Date();
  await withdrawal.getByRole("button", { name: "Angre avtalen" }).click();

  await expect(page.getByRole("status")).toContainText("Du har angret avtalen.");
  await expect(page.getByRole("heading", { name: /Du angret avtalen/ })).toBeVisible();
  await expect(page.getByText("Du har ingen løpende strømavtale hos oss.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Angre avtalen" })).toHaveCount(0);
  const history = page.getByRole("table", { name: "Alle avtalene dine, nyeste først" });
  await expect(history.getByText("Angret")).toBeVisible();

  const mail = await waitForMailTo(E2E_MAIL_DIR, customer.email, { after: withdrawnAt, timeoutMs: 20_000 });
  expect(mail.subject).toBe("Bekreftelse: du har angret strømavtalen");
  expect(mail.text).toContain("(1 dag)");
  expect(mail.text).toMatch(/Du betaler: \d+,\d{2} kr/);
  expect(mail.attachments).toHaveLength(1);
  expect(mail.attachments[0]?.contentType).toBe("application/pdf");
  expect(mail.attachments[0]?.filename).toMatch(/\.pdf$/);
  expect(
    Buffer.from(mail.attachments[0]?.contentBase64 ?? "", "base64")
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
});

test("after the 14 days Avtale offers no withdrawal: it says when the period ended and points to termination", async ({
  page,
  accounts,
}) => {
  const customer = await accounts.customer({ like: "Sofie", concludedDaysAgo: 20 });
  const { lastDay } = withdrawalPeriodFrom(addDays(osloDate(new Date()), -20));
  await accounts.signIn(page, customer);
  await page.goto("/min-side/avtale");
  await expect(page.getByText(`Angrefristen for avtalen gikk ut ${longDate(lastDay)}.`)).toBeVisible();
  await expect(page.getByText(/kan du si den opp/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Angre avtalen" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Si opp avtalen" })).toBeVisible();
});
