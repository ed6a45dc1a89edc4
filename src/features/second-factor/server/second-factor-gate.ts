import "server-only";
import { redirect } from "next/navigation";
import { homePathFor } from "@/features/sign-in";
import { getSession } from "@/features/sign-in/routes";
import type { SessionUser } from "@/features/sign-in/server";
import { type PendingSecondFactor, secondFactorPath, withReturnPath } from "../domain/second-factor";

export type PendingSession = Pick<SessionUser, "sessionId" | "userId" | "role">;

/**
 * For the second-factor pages and their actions: the session that still owes `step`. Anyone else is
 * sent where they belong: signed out → the login, fully signed in → onward, owing the other step →
 * that step's page. `returnTo` must already have passed safeReturnPath.
 */
export async function requirePendingSecondFactor(
  step: PendingSecondFactor,
  returnTo: string | null = null,
): Promise<PendingSession> {
  const session = await getSession();
  if (!session) redirect(withReturnPath("/logg-inn", returnTo));
  const pending = session.pendingSecondFactor;
  if (!pending) redirect(returnTo ?? homePathFor(session.role));
  if (pending !== step) redirect(secondFactorPath(pending, returnTo));
  return { sessionId: session.sessionId, userId: session.userId, role: session.role };
}
