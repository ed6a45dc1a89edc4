import "server-only";
import type { Prisma, Role } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { MINUTE_MS } from "@/platform/time/durations";
// The account a code is given for, and the session it is given in: what every code check reads first.
import { type SecondFactorCode, TOTP_ENROLMENT_MINUTES } from "../domain/second-factor";

/** The signed-in browser a code is given in: a right code marks that session, and only that one. */
export interface CodeSession {
  sessionId: string;
  userId: string;
}

/** An unconfirmed secret: who was shown it, and when it was made. */
export interface EnrolmentSecret {
  enrolmentSessionId: string | null;
  createdAt: Date;
}

export interface CodeOwner {
  id: string;
  role: Role;
  customerId: string | null;
  totp: (EnrolmentSecret & { secretCiphertext: string; confirmedAt: Date | null }) | null;
}

export function findCodeOwner(userId: string): Promise<CodeOwner> {
  return db.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      id: true,
      role: true,
      customerId: true,
      totp: {
        select: { secretCiphertext: true, confirmedAt: true, enrolmentSessionId: true, createdAt: true },
      },
    },
  });
}

export async function markSessionVerified(
  tx: Prisma.TransactionClient,
  session: CodeSession,
  now: Date,
  method: SecondFactorCode["method"],
) {
  await tx.authSession.updateMany({
    where: { id: session.sessionId, userId: session.userId },
    // A current authenticator code is also a strong proof for step-up actions (STEP_UP_MINUTES); a
    // recovery code, paper kept for a lost phone, passes the second factor but proves nothing more.
    data: { secondFactorVerifiedAt: now, ...(method === "totp" ? { strongAuthAt: now } : {}) },
  });
}

/**
 * Whether an unconfirmed secret belongs to this set-up: shown to this session, and recently. A
 * secret another session has seen may be someone else's copy (a stolen password, a shared PC).
 */
export function isEnrolmentOf(totp: EnrolmentSecret, session: CodeSession, now: Date): boolean {
  return (
    totp.enrolmentSessionId === session.sessionId &&
    now.getTime() - totp.createdAt.getTime() < TOTP_ENROLMENT_MINUTES * MINUTE_MS
  );
}
