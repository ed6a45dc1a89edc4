import "server-only";
// Jobs that a service queues with a payload (enqueueJob in job-queue.ts), run by every instance's workers.
import { z } from "zod";
import { importMeteringValues } from "@/features/consumption/server";
import { CONTRACT_CONFIRMATION_JOB } from "@/features/contracts";
import { sendContractConfirmation } from "@/features/contracts/server";
import { sendInvoiceIssuedMail } from "@/features/invoices/server";
import { SEND_PUSH_JOB } from "@/features/notifications";
import { runSendPushJob } from "@/features/notifications/server";
import { HISTORY_IMPORT_MONTHS } from "@/features/onboarding";
import { sendActivationLetter } from "@/features/onboarding/server";
import { ZUuid } from "@/platform/identifiers/uuid";
import { addMonths, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";

export interface QueuedJob {
  name: string;
  /** `jobId` is pg-boss's id of the job, the same in every run of it: a key for what must happen once. */
  run(data: unknown, jobId: string): Promise<unknown>;
}

export const HISTORY_IMPORT_JOB = "import-consumption-history";
/** "Bli kunde" without BankID: Folkeregisteret's answer and the letter, never in the request. */
export const ACTIVATION_LETTER_JOB = "send-activation-letter";
/** After the billing run (or a credit note) commits: payload `{ invoiceId }` of the document issued. */
export const INVOICE_ISSUED_JOB = "invoice-issued";

const ZHistoryImport = z.object({
  meteringPointId: ZUuid,
  /** The Oslo date the customer's own readings begin (their history, or their supply); without it, HISTORY_IMPORT_MONTHS back. */
  from: z.iso.date().optional(),
});

/**
 * After onboarding: the new customer's consumption history from Elhub (P8). After a move reported back
 * in time: the new point's readings from the move date only, since before it they were an earlier
 * occupant's.
 */
export async function importHistory(data: unknown, now = new Date()) {
  const payload = ZHistoryImport.safeParse(data);
  if (!payload.success) return { ok: false as const, reason: "bad-payload" };
  const { meteringPointId, from } = payload.data;
  const start = from ? osloMidnight(from) : osloMidnight(addMonths(osloDate(now), -HISTORY_IMPORT_MONTHS));
  const result = await importMeteringValues(meteringPointId, { start, end: now });
  // Thrown so that pg-boss retries later: what is imported stays, a rerun fills in the rest.
  if (!result.ok && result.reason === "unavailable") throw new Error("Elhub unavailable");
  return result;
}

export const queuedJobs: readonly QueuedJob[] = [
  { name: HISTORY_IMPORT_JOB, run: (data) => importHistory(data) },
  { name: ACTIVATION_LETTER_JOB, run: (data) => sendActivationLetter(data) },
  // A mail that fails throws, so pg-boss sends it again later; the contract is already committed.
  // Its mail goes once however often the job runs (sendMailOnce).
  { name: CONTRACT_CONFIRMATION_JOB, run: (data, jobId) => sendContractConfirmation(data, jobId) },
  // The mail with a link to a new invoice; a mail that fails throws, so it is sent again later.
  { name: INVOICE_ISSUED_JOB, run: (data, jobId) => sendInvoiceIssuedMail(data, jobId) },
  // A notification to a customer's devices; throws when no push service could take it, so it is retried.
  { name: SEND_PUSH_JOB, run: (data) => runSendPushJob(data) },
];
