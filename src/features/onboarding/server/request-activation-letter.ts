import "server-only";
// "Bli kunde" without BankID, the request: a fødselsnummer and the consents become a queued job
// (send-activation-letter.ts), and nothing is looked up here. Throttled silently, per address and
// per person; the answer never depends on the outcome, and the route runs this after it has answered.
import { writeAudit } from "@/features/audit/server";
import { throttleKeyForAddress } from "@/features/sign-in/server";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { enqueueJob } from "@/platform/jobs/job-queue";
import { ACTIVATION_LETTER_JOB } from "@/platform/jobs/queued-jobs";
import { hitRateLimit } from "@/platform/rate-limit";
import { HOUR_MS } from "@/platform/time/durations";
import { LETTER_CONSENT_FIELDS, LETTER_REQUESTS_PER_ADDRESS_PER_HOUR } from "../domain/activation-letter";
import { ONBOARDING_TERMS_VERSION } from "./application-audit";
import { hasRecentLetter, type LetterJob } from "./send-activation-letter";

/** What became of a request; for the audit row and tests, never for the person asking. */
export type LetterRequestOutcome = "queued" | "recent-letter" | "throttled" | "no-queue";

export async function requestActivationLetter(
  input: { nationalId: string; ip?: string },
  options: { now?: Date } = {},
): Promise<LetterRequestOutcome> {
  const now = options.now ?? new Date();
  const outcome = await queueLetter(input, now);
  await writeAudit(db, {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action: "activation-letter.requested",
    metadata: {
      outcome,
      termsVersion: ONBOARDING_TERMS_VERSION,
      consents: LETTER_CONSENT_FIELDS.map(([field]) => field),
    },
  });
  return outcome;
}

async function queueLetter(
  input: { nationalId: string; ip?: string },
  now: Date,
): Promise<LetterRequestOutcome> {
  if (input.ip !== undefined) {
    const rule = { limit: LETTER_REQUESTS_PER_ADDRESS_PER_HOUR, windowMs: HOUR_MS };
    const hit = await hitRateLimit("activation-letter-ip", throttleKeyForAddress(input.ip), rule, now);
    if (!hit.allowed) return "throttled";
  }
  // The job asks again under a lock; this spares Folkeregisteret a look-up it would not act on.
  if (await hasRecentLetter(db, nationalIdBlindIndex(input.nationalId), now)) return "recent-letter";
  const job: LetterJob = {
    nationalIdCiphertext: encryptNationalId(input.nationalId),
    consentedAt: now.toISOString(),
  };
  return (await enqueueJob(ACTIVATION_LETTER_JOB, job)) ? "queued" : "no-queue";
}
