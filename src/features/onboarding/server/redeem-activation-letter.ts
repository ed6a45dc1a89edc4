import "server-only";
// "Bli kunde" without BankID, the code: the fødselsnummer and the code from the letter prove the
// person gets post at their address in Folkeregisteret, and the flow goes on as after BankID. A wrong
// code, an unknown number and a code past its time get the same answer; each wrong code counts
// against every live letter of that number, and the fifth leaves a letter dead.
import { type AuditEntry, writeAudit } from "@/features/audit/server";
import { throttleKeyForAddress } from "@/features/sign-in/server";
import { sameKeyedHash } from "@/platform/crypto/keyed-hash";
import { nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { hitRateLimit } from "@/platform/rate-limit";
import { HOUR_MS } from "@/platform/time/durations";
import { LETTER_CODE_MAX_ATTEMPTS, LETTER_CODES_PER_ADDRESS_PER_HOUR } from "../domain/activation-letter";
import { activationCodeHash } from "./activation-code";
import { beginIdentifiedApplication } from "./identified-application";
import type { OnboardingOptions } from "./step-types";

export type RedeemResult =
  | { ok: true; outcome: "application"; resumeToken: string }
  | { ok: true; outcome: "customer" }
  | { ok: false; reason: "wrong-code" | "throttled" | "minor" | "too-many" };

interface RedeemInput {
  nationalId: string;
  /** Normalised (ZActivationCode). */
  code: string;
  ip?: string;
}

const anonymous = (letterId?: string) =>
  ({
    actorUserId: null,
    actorRole: "ANONYMOUS",
    ...(letterId ? { targetType: "ActivationLetter", targetId: letterId } : {}),
  }) as const;

/** `options.registries` and `mail` reach the identity check that the application begins with. */
export async function redeemActivationLetter(
  input: RedeemInput,
  options: Omit<OnboardingOptions, "ip"> = {},
): Promise<RedeemResult> {
  const now = options.now ?? new Date();
  if (input.ip !== undefined) {
    const rule = { limit: LETTER_CODES_PER_ADDRESS_PER_HOUR, windowMs: HOUR_MS };
    const hit = await hitRateLimit("activation-code-ip", throttleKeyForAddress(input.ip), rule, now);
    if (!hit.allowed) return { ok: false, reason: "throttled" };
  }
  const nationalIdHash = nationalIdBlindIndex(input.nationalId);
  const live = {
    nationalIdHash,
    usedAt: null,
    expiresAt: { gt: now },
    attempts: { lt: LETTER_CODE_MAX_ATTEMPTS },
  };
  const letters = await db.activationLetter.findMany({
    where: live,
    select: { id: true, codeHash: true, consentedAt: true, firstName: true, lastName: true },
    orderBy: { createdAt: "desc" },
  });
  const typed = activationCodeHash(nationalIdHash, input.code);
  // Every live letter is compared, so the time taken does not tell which of them matched.
  const matches = letters.filter((letter) => sameKeyedHash(letter.codeHash, typed));
  const letter = matches[0];
  const liveIds = letters.map(({ id }) => id);
  if (!letter) return wrongCode(liveIds, now);

  const claimed = await db.activationLetter.updateMany({
    where: { ...live, id: letter.id },
    data: { usedAt: now },
  });
  // Another request took it a moment ago.
  if (claimed.count !== 1) return { ok: false, reason: "wrong-code" };
  const release = () =>
    db.activationLetter.update({ where: { id: letter.id }, data: { usedAt: null }, select: { id: true } });
  const start = await beginIdentifiedApplication(
    {
      nationalId: input.nationalId,
      // The name Folkeregisteret gave for the letter: the identity check searches by it.
      searchName: { firstName: letter.firstName, lastName: letter.lastName },
      method: "LETTER",
      consentedAt: letter.consentedAt,
    },
    { ...options, ip: input.ip, now },
  ).catch(async (error: unknown) => {
    await release();
    throw error;
  });
  // Nothing began: the code stays good for when the address may start applications again.
  if (start.kind === "too-many") await release();
  await writeAudit(db, redeemedEntry(letter.id, start.kind));
  if (start.kind === "application")
    return { ok: true, outcome: "application", resumeToken: start.resumeToken };
  if (start.kind === "customer") return { ok: true, outcome: "customer" };
  return { ok: false, reason: start.kind };
}

function redeemedEntry(letterId: string, outcome: string): AuditEntry {
  if (outcome === "too-many") {
    return {
      ...anonymous(letterId),
      action: "activation-letter.failed",
      metadata: { step: "redeem", reason: "too-many" },
    };
  }
  return { ...anonymous(letterId), action: "activation-letter.redeemed", metadata: { outcome } };
}

/** Counts the wrong code against each live letter of the number; the answer is the same without any. */
async function wrongCode(letterIds: string[], now: Date): Promise<RedeemResult> {
  await db.$transaction(async (tx) => {
    await tx.activationLetter.updateMany({
      where: { id: { in: letterIds }, usedAt: null, expiresAt: { gt: now } },
      data: { attempts: { increment: 1 } },
    });
    const counted = await tx.activationLetter.findMany({
      where: { id: { in: letterIds } },
      select: { id: true, attempts: true },
    });
    const entry = (letterId?: string, attempts?: number): AuditEntry => ({
      ...anonymous(letterId),
      action: "activation-letter.failed",
      metadata: { step: "redeem", reason: letterId ? "wrong-code" : "no-letter", attempts },
    });
    if (counted.length === 0) await writeAudit(tx, entry());
    for (const letter of counted) await writeAudit(tx, entry(letter.id, letter.attempts));
  });
  return { ok: false, reason: "wrong-code" };
}
