import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sendContractConfirmation } from "@/features/contracts/server/contract-confirmation";
import { withdrawContract } from "@/features/contracts/server/withdraw-contract";
import { db } from "@/platform/db";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
} from "../support/factories";
import { localMailSinkForFile } from "../support/local-mail-sink";
import { readMailTo } from "../support/mail-inbox";

const sink = localMailSinkForFile();
// Thursday 10 December 2026, 13:00 in Oslo.
const NOW = new Date("2026-12-10T12:00:00Z");

async function customerWithContract(start: string, startDuringWithdrawalPeriod = false) {
  const customer = await createCustomer();
  const { email } = await db.customer.findUniqueOrThrow({
    where: { id: customer.id },
    select: { email: true },
  });
  const point = await createMeteringPoint(customer.id);
  await createSupplyPeriod(customer.id, point.id, start);
  const { id } = await createContract(customer.id, point.id, {
    startDate: new Date(start),
    status: start <= "2026-12-10" ? "ACTIVE" : "PENDING",
    concludedAt: new Date("2026-12-07T09:00:00Z"),
    startDuringWithdrawalPeriod,
  });
  return { customerId: customer.id, email: email ?? "", contractId: id, pointId: point.id };
}

describe("contract confirmation mails", () => {
  it("after signing: the price terms, start date and withdrawal information, with the contract as a PDF", async () => {
    const c = await customerWithContract("2026-12-22");
    expect(
      await sendContractConfirmation({ contractId: c.contractId, event: "signed" }, randomUUID(), {
        ...sink.mail,
        now: NOW,
      }),
    ).toEqual({
      ok: true,
    });
    const [mail] = await readMailTo(sink.dir, c.email);
    expect(mail?.subject).toBe("Bekreftelse på strømavtalen din");
    expect(mail?.text).toContain("Vi begynner å levere strøm 22. desember 2026.");
    expect(mail?.text).toContain("Påslag på spotprisen: 4,90 øre/kWh uten mva, 6,13 med mva");
    expect(mail?.text).toContain("Månedsbeløp: 49,00 kr uten mva, 61,25 kr med mva");
    // Concluded Monday 7 December: 14 days to Monday 21 December.
    expect(mail?.text).toContain("Du kan angre avtalen til og med 21. desember 2026.");
    expect(mail?.text).toContain(
      "ANGRESKJEMA\n\nFyll ut og send dette skjemaet bare dersom du ønsker å gå fra avtalen.",
    );
    expect(mail?.html).toContain("Du kan angre avtalen til og med 21. desember 2026.");
    expect(mail?.attachments).toHaveLength(1);
    const pdf = mail?.attachments[0];
    expect(pdf?.contentType).toBe("application/pdf");
    expect(pdf?.filename).toMatch(/^klarkraft-avtale-\d{18}-2026-12-22\.pdf$/);
    expect(
      Buffer.from(pdf?.contentBase64 ?? "", "base64")
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });

  it("after a withdrawal with early supply: what the customer pays for the days used, to the øre", async () => {
    const c = await customerWithContract("2026-12-08", true);
    const start = osloMidnight("2026-12-08").getTime();
    await db.consumptionReading.createMany({
      data: Array.from({ length: 48 }, (_, h) => ({
        meteringPointId: c.pointId,
        intervalStart: new Date(start + h * 3_600_000),
        resolution: "PT1H" as const,
        kwh: "2",
      })),
    });
    await db.spotPrice.createMany({
      data: Array.from({ length: 48 * 4 }, (_, q) => ({
        priceArea: "NO1" as const,
        intervalStart: new Date(start + q * 900_000),
        resolution: "PT15M" as const,
        priceOrePerKwh: "100",
      })),
      skipDuplicates: true,
    });
    const user = await db.user.create({
      data: {
        email: `login-${c.customerId}@example.com`,
        passwordHash: "x",
        role: "CUSTOMER",
        customerId: c.customerId,
      },
      select: { id: true },
    });
    // No job queue runs in this test: the withdrawal still goes through, and the job is run here.
    expect(
      (
        await withdrawContract(
          { userId: user.id, customerId: c.customerId },
          { contractId: c.contractId },
          NOW,
        )
      ).ok,
    ).toBe(true);
    await sendContractConfirmation({ contractId: c.contractId, event: "withdrawal" }, randomUUID(), {
      ...sink.mail,
      now: NOW,
    });
    const [mail] = await readMailTo(sink.dir, c.email);
    expect(mail?.subject).toBe("Bekreftelse: du har angret strømavtalen");
    expect(mail?.text).toContain("fra 8. desember 2026 til og med 9. desember 2026 (2 dager)");
    // 9,600 + 470 + 316 + VAT 2,597 = 12,983 øre.
    expect(mail?.text).toContain("Du betaler: 129,83 kr");
    expect(mail?.text).toContain("Siste dag med strøm: 9. desember 2026");
    expect(mail?.attachments.map((a) => a.contentType)).toEqual(["application/pdf"]);
  });

  it("a confirmation job run again (pg-boss retries it after its worker died) mails the customer once", async () => {
    const c = await customerWithContract("2026-12-22");
    const jobId = randomUUID();
    const job = { contractId: c.contractId, event: "signed" } as const;
    expect(await sendContractConfirmation(job, jobId, { ...sink.mail, now: NOW })).toEqual({ ok: true });
    expect(await sendContractConfirmation(job, jobId, { ...sink.mail, now: NOW })).toEqual({ ok: true });
    expect(await readMailTo(sink.dir, c.email)).toHaveLength(1);
    // Another job for the same event (queued again on purpose) is another mail.
    await sendContractConfirmation(job, randomUUID(), { ...sink.mail, now: NOW });
    expect(await readMailTo(sink.dir, c.email)).toHaveLength(2);
  });

  it("a mail server that does not answer makes the job throw (the queue retries); the contract stays", async () => {
    const c = await customerWithContract("2026-12-22");
    await expect(
      sendContractConfirmation({ contractId: c.contractId, event: "termination" }, randomUUID(), {
        smtpUrl: "smtp://127.0.0.1:9",
      }),
    ).rejects.toThrow();
    expect(await db.contract.count({ where: { id: c.contractId } })).toBe(1);
    expect(await sendContractConfirmation({ contractId: "nope", event: "signed" }, randomUUID())).toEqual({
      ok: false,
      reason: "bad-payload",
    });
  });
});
