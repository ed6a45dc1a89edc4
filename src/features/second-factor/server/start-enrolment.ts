import "server-only";
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import { type CodeSession, isEnrolmentOf } from "./code-owner";
import { decryptTotpSecret, encryptTotpSecret, newTotpSecret, totpUri } from "./totp";

export type TotpEnrolmentStart =
  | { ok: true; secret: string; uri: string }
  | { ok: false; reason: "already-enrolled" };

/**
 * The secret to add to the authenticator app. Every tab of this session gets the same one until it
 * is confirmed or TOTP_ENROLMENT_MINUTES have passed, so reloading the page never changes a QR code
 * already scanned; any other session, or this one later, gets a new secret, replacing the old one.
 */
export async function startTotpEnrolment(
  session: CodeSession,
  now = new Date(),
): Promise<TotpEnrolmentStart> {
  const { userId } = session;
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, role: true, customerId: true, totp: { select: { confirmedAt: true } } },
  });
  if (user.totp?.confirmedAt) return { ok: false, reason: "already-enrolled" };

  const stored = await db.$transaction(async (tx) => {
    const fresh = {
      secretCiphertext: encryptTotpSecret(newTotpSecret()),
      enrolmentSessionId: session.sessionId,
      createdAt: now,
      lastUsedStep: null,
    };
    // Two tabs opening the page at once: the first insert wins, and the second finds its row below.
    const { count: created } = await tx.totpCredential.createMany({
      data: { userId, ...fresh },
      skipDuplicates: true,
    });
    if (created === 0) {
      // Locked until commit: a set-up starting in another session at the same moment waits, then
      // finds this one's secret and replaces it, never showing it.
      await tx.$queryRaw`SELECT 1 FROM "TotpCredential" WHERE "userId" = ${userId}::uuid FOR UPDATE`;
      const current = await tx.totpCredential.findUniqueOrThrow({
        where: { userId },
        select: { secretCiphertext: true, confirmedAt: true, enrolmentSessionId: true, createdAt: true },
      });
      if (current.confirmedAt || isEnrolmentOf(current, session, now)) return current;
      await tx.totpCredential.update({ where: { userId }, data: fresh, select: { userId: true } });
    }
    await writeAudit(tx, {
      actorUserId: userId,
      actorRole: user.role,
      action: "auth.second-factor.enrolment-started",
      subjectCustomerId: user.customerId,
      targetType: "User",
      targetId: userId,
      metadata: { replacedUnconfirmed: created === 0 },
    });
    return { ...fresh, confirmedAt: null };
  });
  if (stored.confirmedAt) return { ok: false, reason: "already-enrolled" };
  const secret = decryptTotpSecret(stored.secretCiphertext);
  return { ok: true, secret, uri: totpUri(secret, user.email) };
}
