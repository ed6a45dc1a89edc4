"use server";

import "server-only";
import { sessionIdFromAuth, signOut } from "./config";
import { revokeSession } from "./session-store";

/** "Logg ut": deletes this browser's session row, so the cookie is dead on every instance, then clears it. */
export async function signOutAction(): Promise<void> {
  const sessionId = await sessionIdFromAuth();
  if (sessionId) await revokeSession(sessionId);
  await signOut({ redirectTo: "/" });
}
