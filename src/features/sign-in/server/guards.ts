import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { secondFactorPath } from "@/features/second-factor";
import { safeReturnPath } from "../domain/credentials";
import { sessionIdFromAuth } from "./config";
import { findActiveSession, type SessionUser } from "./session-store";

export type CustomerSession = { sessionId: string; userId: string; customerId: string; role: "CUSTOMER" };
export type StaffSession = { sessionId: string; userId: string; role: "SUPPORT" | "ADMIN" };

/**
 * The session behind this request's cookie, or null, whether or not it still owes its second
 * factor. The cookie alone is not trusted: the app runs as several instances, so a logout, password
 * change or lock must take effect on all of them at once, and the only state they share is the
 * AuthSession row in PostgreSQL. Cached per request.
 */
export const getSession = cache(async (): Promise<SessionUser | null> => {
  const sessionId = await sessionIdFromAuth();
  return sessionId ? findActiveSession(sessionId) : null;
});

/** The fully signed-in user for this request, or null: a session still owing its second factor is not one. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const user = await getSession();
  return user && !user.pendingSecondFactor ? user : null;
});

function loginPath(returnTo: string): string {
  return `/logg-inn?${new URLSearchParams({ tilbake: returnTo })}`;
}

/**
 * Signed out → redirect to /logg-inn?tilbake=<returnTo ?? "/min-side">; signed-in staff → notFound();
 * second factor still owed → its page, keeping the return path.
 */
export async function requireCustomer(returnTo?: string): Promise<CustomerSession> {
  const user = await getSession();
  const path = safeReturnPath(returnTo) ?? "/min-side";
  if (!user) redirect(loginPath(path));
  if (user.role !== "CUSTOMER" || !user.customerId) notFound();
  if (user.pendingSecondFactor) redirect(secondFactorPath(user.pendingSecondFactor, path));
  return { sessionId: user.sessionId, userId: user.userId, customerId: user.customerId, role: "CUSTOMER" };
}

/**
 * Signed out → redirect to /logg-inn?tilbake=/admin; signed in without the role (customers included)
 * → notFound(); second factor not yet given (or the app not yet set up) → its page. ADMIN satisfies
 * SUPPORT.
 */
export async function requireStaff(minimumRole: "SUPPORT" | "ADMIN" = "SUPPORT"): Promise<StaffSession> {
  const user = await getSession();
  if (!user) redirect(loginPath("/admin"));
  const { role } = user;
  if (role === "CUSTOMER" || (minimumRole === "ADMIN" && role !== "ADMIN")) notFound();
  if (user.pendingSecondFactor) redirect(secondFactorPath(user.pendingSecondFactor, "/admin"));
  return { sessionId: user.sessionId, userId: user.userId, role };
}
