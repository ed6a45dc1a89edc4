// Rows for tests/support/retention-probes.ts: customers at either end of their relationship, their
// last invoice, and applications for "Bli kunde" with a credit review.

import { randomUUID } from "node:crypto";
import { takeInvoiceNumbers } from "@/features/invoices/server";
import { db } from "@/platform/db";
import { DAY_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import { createUser } from "./factories";
import { createPayment, testKid } from "./invoice-rows";

let sequence = 0;

/** A customer whose relationship ended at `endedAt`, with every Customer column and a second factor filled in. */
export async function formerCustomer(endedAt: Date) {
  const user = await createUser();
  const customerId = user.customerId as string;
  const marker = `Probe${++sequence}`;
  await db.customer.update({
    where: { id: customerId },
    data: {
      firstName: marker,
      street: `${marker}veien 1`,
      status: "ENDED",
      endedAt,
      restrictedAt: endedAt,
      marketingObjectedAt: endedAt,
      profilingObjectedAt: endedAt,
      fieldSources: { firstName: "REGISTER" },
    },
  });
  await db.totpCredential.create({
    data: { userId: user.id, secretCiphertext: "ciphertext", confirmedAt: endedAt },
  });
  return { customerId, userId: user.id, marker };
}

/**
 * A former customer whose last invoice was issued at `reference` and who left the same day; the invoice
 * has a line, was reminded of at once and was paid that day (synthetic: all in one financial year).
 */
export async function lastInvoiced(reference: Date) {
  const { customerId, marker } = await formerCustomer(reference);
  const day = new Date(osloDate(reference));
  const kid = testKid();
  const invoice = await db.invoice.create({
    data: {
      customerId,
      buyerName: `${marker} Kunde`,
      buyerStreet: `${marker}veien 1`,
      buyerPostalCode: "0150",
      buyerCity: "Oslo",
      periodStart: day,
      periodEnd: day,
      issuedAt: reference,
      dueDate: day,
      amountOre: 10_000,
      invoiceNumber: await takeInvoiceNumbers(db),
      vatOre: 2_000,
      netOre: 8_000,
      kid,
      lines: {
        create: {
          position: 1,
          description: "Strøm",
          quantity: "80",
          unit: "kWh",
          unitPriceOre: "100",
          netOre: 8_000,
        },
      },
      reminders: { create: { sequence: 1, sentAt: reference, feeOre: 0, dueDate: day } },
    },
    select: { id: true },
  });
  const paymentId = await createPayment({ invoiceId: invoice.id, kid, amountOre: 10_000, paidOn: day });
  return { customerId, marker, invoiceId: invoice.id, paymentId };
}

/** A customer with a login and nothing ended: what a row of theirs holds goes by the row's own rule. */
export async function currentCustomer() {
  const user = await createUser();
  return { customerId: user.customerId as string, userId: user.id };
}

export async function application(expiresAt: Date) {
  const n = ++sequence;
  const made = await db.onboardingApplication.create({
    data: {
      firstName: "Probe",
      lastName: "Søker",
      email: `probe${n}@example.com`,
      phone: "+47 90000000",
      street: "Vei 1",
      postalCode: "0150",
      city: "Oslo",
      nationalIdCiphertext: `ciphertext-probe-${n}`,
      nationalIdHash: `hash-probe-${n}`,
      resumeTokenHash: `resume-probe-${randomUUID()}`,
      fieldSources: {},
      consentedAt: new Date(expiresAt.getTime() - 30 * DAY_MS),
      expiresAt,
      reviewCase: {
        create: {
          reason: "APPLICANT_REQUEST",
          statusTokenHash: `status-${randomUUID()}`,
          answerDueDate: new Date("2026-01-08"),
          applicantStatement: "Betalingsanmerkningen er gjort opp.",
        },
      },
    },
    select: { id: true },
  });
  return made.id;
}
