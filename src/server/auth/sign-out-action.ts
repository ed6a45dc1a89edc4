"use server";

import "server-only";
import { auth, signOut } from "./config";
import { revokeSession } from "./session-store";

/** "Logg ut": deletes this browser's session row, so the cookie is dead on every instance, then clears it. */
export async function signOutAction(): Promise<void> {
  const session = await auth();
  if (session?.sessionId) await revokeSession(session.sessionId);
  await signOut({ redirectTo: "/" });
}
