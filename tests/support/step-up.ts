// Shared by the step-up tests: users with the authenticator app set up, and forms as a browser posts them.
import { confirmTotpEnrolment, startTotpEnrolment } from "@/features/second-factor/server";
import { createSession, revokeSession } from "@/features/sign-in/server/session-store";
import type { Role } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { createUser, PASSWORD } from "./factories";
import { totpCodeAt } from "./totp";

/** A form's fields as FormData, as the browser posts them to a server action. */
export function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/**
 * A user who set up the app two time steps ago (that step's code is spent), so that the code for
 * now is one the server has not seen. Returns the secret and the recovery codes.
 */
export async function enrolledInApp(role: Role) {
  const user = await createUser({ role });
  const past = new Date(Date.now() - 60_000);
  const session = { userId: user.id, ...(await createSession(user.id, past)) };
  const started = await startTotpEnrolment(session, past);
  if (!started.ok) throw new Error("enrolment did not start");
  const code = totpCodeAt(started.secret, past);
  const confirmed = await confirmTotpEnrolment(session, { code, currentPassword: PASSWORD }, past);
  if (!confirmed.ok) throw new Error(`enrolment was not confirmed: ${confirmed.reason}`);
  await revokeSession(session.sessionId);
  return { user, secret: started.secret, recoveryCodes: confirmed.recoveryCodes };
}

/**
 * A session of `userId`, past its second factor, whose last strong proof (strongAuthAt) was
 * `proofAge` ms ago, or never. Returns its id, for the test's "cookie".
 */
export async function sessionWithProof(userId: string, proofAge: number | null): Promise<string> {
  const { sessionId } = await createSession(userId);
  const strongAuthAt = proofAge === null ? null : new Date(Date.now() - proofAge);
  await db.authSession.update({
    where: { id: sessionId },
    data: { strongAuthAt, secondFactorVerifiedAt: new Date() },
  });
  return sessionId;
}
