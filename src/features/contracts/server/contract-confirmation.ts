import "server-only";
// The contract confirmation on a durable medium: a mail to the customer with the event's words, the price
// terms, the dates and the withdrawal information, and the contract as a PDF. Run by a queued job after
// the change has committed (queueContractConfirmation): a mail that fails is retried by the queue and never
// undoes the contract.
import { costOfSupplyDays } from "@/features/consumption/server";
import { isVatExempt, vatBasisPointsOn } from "@/features/pricing";
import { contractDocumentPdf } from "@/features/terms/server";
import { db } from "@/platform/db";
import { enqueueJob } from "@/platform/jobs/job-queue";
import { logError } from "@/platform/log";
import { sendMailOnce } from "@/platform/mail/mail-once";
import type { MailOptions } from "@/platform/mail/mailer";
import { sectionedMail } from "@/platform/mail/sectioned-mail";
import { daysBetween, osloDate } from "@/platform/time/oslo-calendar";
import {
  CONTRACT_CONFIRMATION_JOB,
  type ConfirmationEvent,
  ZContractConfirmation,
} from "../domain/confirmation";
import { priceTermLines } from "../domain/price-terms";
import { type ConfirmedContract, confirmationSections, confirmationSubject } from "./confirmation-content";

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** Queues the confirmation of a committed change; false (and logged) when it could not be queued. */
export async function queueContractConfirmation(
  contractId: string,
  event: ConfirmationEvent,
): Promise<boolean> {
  return enqueueJob(CONTRACT_CONFIRMATION_JOB, { contractId, event }).catch((error: unknown) => {
    logError("contract.confirmation-enqueue", error);
    return false;
  });
}

async function loadContract(contractId: string) {
  return db.contract.findUnique({
    where: { id: contractId },
    select: {
      customerId: true,
      product: true,
      markupOrePerKwh: true,
      monthlyFeeOre: true,
      fixedPriceOrePerKwh: true,
      fixedUntil: true,
      startDate: true,
      endDate: true,
      concludedAt: true,
      withdrawnAt: true,
      startDuringWithdrawalPeriod: true,
      meteringPointId: true,
      customer: { select: { email: true, user: { select: { email: true } } } },
      meteringPoint: { select: { street: true, postalCode: true, city: true, municipalityNumber: true } },
    },
  });
}

/**
 * The job: builds and sends the confirmation, once for the job `jobId` however often it runs. Throws when
 * the mail could not be sent, so the queue retries.
 */
export async function sendContractConfirmation(
  data: unknown,
  jobId: string,
  options: MailOptions & { now?: Date } = {},
): Promise<{ ok: true } | { ok: false; reason: "bad-payload" | "not-found" | "no-address" }> {
  const payload = ZContractConfirmation.safeParse(data);
  if (!payload.success) return { ok: false, reason: "bad-payload" };
  const { contractId, event } = payload.data;
  const contract = await loadContract(contractId);
  const pdf = await contractDocumentPdf(contractId, options.now);
  if (!contract || !pdf) return { ok: false, reason: "not-found" };
  const to = contract.customer.email ?? contract.customer.user?.email;
  if (!to) return { ok: false, reason: "no-address" };
  const confirmed = await confirmedContract(contract, options.now ?? new Date());
  const mail = sectionedMail(confirmationSubject(event), confirmationSections(event, confirmed));
  await sendMailOnce(
    `${CONTRACT_CONFIRMATION_JOB}:${jobId}`,
    {
      to,
      ...mail,
      attachments: [{ filename: pdf.filename, contentType: "application/pdf", content: pdf.content }],
    },
    options,
  );
  return { ok: true };
}

async function confirmedContract(
  c: NonNullable<Awaited<ReturnType<typeof loadContract>>>,
  now: Date,
): Promise<ConfirmedContract> {
  const point = c.meteringPoint;
  const vatExempt = isVatExempt(point.municipalityNumber);
  const startDate = iso(c.startDate);
  const endDate = c.endDate ? iso(c.endDate) : null;
  const days = endDate ? Math.max(0, daysBetween(startDate, endDate)) : 0;
  const paysForDays = c.withdrawnAt !== null && c.startDuringWithdrawalPeriod && days > 0 && endDate !== null;
  const cost = paysForDays
    ? await costOfSupplyDays({
        customerId: c.customerId,
        meteringPointId: c.meteringPointId,
        from: startDate,
        to: endDate,
      })
    : null;
  return {
    product: c.product,
    address: `${point.street}, ${point.postalCode} ${point.city}`,
    priceLines: priceTermLines(
      {
        product: c.product,
        markupOrePerKwh: c.markupOrePerKwh.toString(),
        monthlyFeeOre: c.monthlyFeeOre,
        fixedPriceOrePerKwh: c.fixedPriceOrePerKwh?.toString() ?? null,
        fixedUntil: c.fixedUntil ? iso(c.fixedUntil) : null,
      },
      { vatExempt, vatBasisPoints: vatBasisPointsOn(osloDate(now)) },
    ),
    startDate,
    endDate,
    concludedAt: c.concludedAt,
    withdrawnAt: c.withdrawnAt,
    startDuringWithdrawalPeriod: c.startDuringWithdrawalPeriod,
    paid: cost ? { days, cost } : null,
  };
}
