import "server-only";
// The background job behind "Bli kunde" without BankID: Folkeregisteret is asked for the number, and
// only a living, resident adult with a postal address gets a letter, at the name and address the
// register gives, with a code to type at /bli-kunde/aktiveringskode. Nobody is told what the register
// said: the request answered long before, the same for every number. The national ID reaches the job
// encrypted, is decrypted only to be sent to the register, and is never logged.
import { z } from "zod";
import { type AuditEntry, writeAudit, writeAuditRows } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { decryptNationalId, encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { env } from "@/platform/env";
import { NamedFailure } from "@/platform/log";
import { type LetterOptions, sendLetter } from "@/platform/mail/letters";
import type { RegisteredPerson } from "@/platform/registries/folkeregister/folkeregister";
import { type Registries, registries } from "@/platform/registries/registries";
import { DAY_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import {
  LETTER_CODE_VALID_DAYS,
  LETTER_REPEAT_DAYS,
  type LetterRefusal,
  letterRefusal,
} from "../domain/activation-letter";
import { activationLetterText } from "../domain/activation-letter-text";
import { activationCodeHash, newActivationCode } from "./activation-code";

/** What the request hands the job: the number encrypted as at rest, and when the consents were given. */
export const ZLetterJob = z.object({
  nationalIdCiphertext: z.string().min(1).max(500),
  consentedAt: z.iso.datetime(),
});
export type LetterJob = z.infer<typeof ZLetterJob>;

export interface LetterJobOptions {
  now?: Date;
  registries?: Registries;
  mail?: LetterOptions;
}

export type LetterJobResult =
  | { sent: true; letterId: string }
  | { sent: false; reason: "bad-payload" | "recent-letter" | "not-found" | "invalid" | LetterRefusal };

class RegisterUnavailable extends NamedFailure {
  override name = "RegisterUnavailable";
}

const LETTER_LOCK = 240_023;

/** A letter to this person made after this instant means no new one (LETTER_REPEAT_DAYS). */
export const repeatCutoff = (now: Date) => new Date(now.getTime() - LETTER_REPEAT_DAYS * DAY_MS);

export async function hasRecentLetter(client: Prisma.TransactionClient, nationalIdHash: string, now: Date) {
  const recent = await client.activationLetter.count({
    where: { nationalIdHash, createdAt: { gt: repeatCutoff(now) } },
  });
  return recent > 0;
}

const system = { actorUserId: null, actorRole: "SYSTEM" } as const;

function lookupEntry(outcome: string, letterId?: string): AuditEntry<"registry.lookup"> {
  const target = letterId ? { targetType: "ActivationLetter", targetId: letterId } : {};
  return {
    ...system,
    ...target,
    action: "registry.lookup",
    metadata: { registry: "folkeregister", purpose: "activation-letter", outcome },
  };
}

function notSentEntry(reason: string, letterId?: string): AuditEntry<"activation-letter.failed"> {
  const target = letterId ? { targetType: "ActivationLetter", targetId: letterId } : {};
  return { ...system, ...target, action: "activation-letter.failed", metadata: { step: "send", reason } };
}

/**
 * The job. Throws only for what a retry can fix (Folkeregisteret or the print service not answering):
 * pg-boss then tries again later, and a letter made for a failed handover is removed first.
 */
export async function sendActivationLetter(
  data: unknown,
  options: LetterJobOptions = {},
): Promise<LetterJobResult> {
  const payload = ZLetterJob.safeParse(data);
  const nationalId = payload.success ? openNationalId(payload.data.nationalIdCiphertext) : null;
  if (!payload.success || !nationalId) return { sent: false, reason: "bad-payload" };
  const now = options.now ?? new Date();
  const nationalIdHash = nationalIdBlindIndex(nationalId);
  if (await hasRecentLetter(db, nationalIdHash, now)) return { sent: false, reason: "recent-letter" };

  const { folkeregister } = options.registries ?? registries();
  const answer = await folkeregister.personByNumber(nationalId);
  if (!answer.ok) {
    await writeAudit(db, lookupEntry(answer.reason));
    if (answer.reason === "unavailable") throw new RegisterUnavailable("Folkeregisteret did not answer");
    await writeAudit(db, notSentEntry(answer.reason));
    return { sent: false, reason: answer.reason };
  }
  const refusal = letterRefusal(answer.value, nationalId, osloDate(now));
  if (refusal) {
    await writeAuditRows(db, [lookupEntry("found"), notSentEntry(refusal)]);
    return { sent: false, reason: refusal };
  }
  const code = newActivationCode();
  const person = answer.value;
  const expiresAt = new Date(now.getTime() + LETTER_CODE_VALID_DAYS * DAY_MS);
  const letterId = await storeLetter({
    nationalId,
    nationalIdHash,
    // As the letter is addressed, and as the identity check after the code will search for it.
    name: {
      firstName: [person.firstName, person.middleName].filter(Boolean).join(" "),
      lastName: person.lastName,
    },
    code,
    consentedAt: payload.data.consentedAt,
    now,
    expiresAt,
  });
  if (!letterId) return { sent: false, reason: "recent-letter" };
  await handOver(letterId, person, { code, expiresAt }, options.mail);
  return { sent: true, letterId };
}

/** Null for a ciphertext this server cannot open: no retry will open it either. */
function openNationalId(ciphertext: string): string | null {
  try {
    return decryptNationalId(ciphertext);
  } catch {
    return null;
  }
}

/** The letter's row; null when another job made one for the person meanwhile (the lock orders them). */
async function storeLetter(input: {
  nationalId: string;
  nationalIdHash: string;
  name: { firstName: string; lastName: string };
  code: string;
  consentedAt: string;
  now: Date;
  expiresAt: Date;
}): Promise<string | null> {
  const { nationalId, nationalIdHash, name, code, consentedAt, now, expiresAt } = input;
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LETTER_LOCK}::int, hashtext(${nationalIdHash}))`;
    if (await hasRecentLetter(tx, nationalIdHash, now)) return null;
    const letter = await tx.activationLetter.create({
      data: {
        nationalIdHash,
        nationalIdCiphertext: encryptNationalId(nationalId),
        ...name,
        codeHash: activationCodeHash(nationalIdHash, code),
        consentedAt: new Date(consentedAt),
        expiresAt,
        createdAt: now,
      },
      select: { id: true },
    });
    return letter.id;
  });
}

/** The letter to the print service; a failed handover takes its row with it, so a retry starts afresh. */
async function handOver(
  letterId: string,
  person: RegisteredPerson,
  { code, expiresAt }: { code: string; expiresAt: Date },
  mail?: LetterOptions,
) {
  const address = person.address;
  if (!address) throw new Error("letterRefusal lets no one without an address through");
  const name = [person.firstName, person.middleName, person.lastName].filter(Boolean).join(" ");
  const text = activationLetterText({
    code,
    link: `${env().APP_URL}/bli-kunde/aktiveringskode`,
    validUntil: expiresAt,
  });
  try {
    await sendLetter({ to: { name, ...address }, ...text }, mail);
  } catch (error) {
    await db.activationLetter.delete({ where: { id: letterId }, select: { id: true } });
    await writeAudit(db, notSentEntry("handover-failed", letterId));
    throw error;
  }
  await writeAuditRows(db, [
    lookupEntry("found", letterId),
    { ...system, action: "activation-letter.sent", targetType: "ActivationLetter", targetId: letterId },
  ]);
}
