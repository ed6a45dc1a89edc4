import "server-only";
// The check every step-up action makes on its own session (an action is callable without its page),
// before it reads or changes anything. Route handlers use requireFreshStrongAuth in guards.ts.
import { isStrongAuthFresh } from "./strong-authentication";

/** What a step-up action answers when the session's strong proof is missing or too old. */
export type StepUpRefusal = { ok: false; reason: "step-up-needed" };

/** Whether this session must prove its holder strongly again before a step-up action. */
export function stepUpNeeded(session: { strongAuthAt: Date | null }, now: Date = new Date()): boolean {
  return !isStrongAuthFresh(session.strongAuthAt, now);
}

/** Runs `run` only for a session with a fresh strong proof; otherwise refuses with "step-up-needed". */
export async function withFreshStrongAuth<R>(
  session: { strongAuthAt: Date | null },
  run: () => Promise<R>,
  now: Date = new Date(),
): Promise<R | StepUpRefusal> {
  if (stepUpNeeded(session, now)) return { ok: false, reason: "step-up-needed" };
  return run();
}
