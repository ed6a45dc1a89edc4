import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { secondFactorPath } from "@/features/second-factor";
import { safeReturnPath } from "../domain/credentials";
import { stepUpPath } from "../domain/step-up";
import { sessionIdFromAuth } from "./config";
import { findActiveSession, type SessionUser } from "./session-store";
import { stepUpNeeded } from "./step-up";

/** `strongAuthAt`: when this session last proved its holder strongly, for step-up actions (step-up.ts). */
export type CustomerSession = {
  sessionId: string;
  userId: string;
  customerId: string;
  role: "CUSTOMER";
  strongAuthAt: Date | null;
};
export type StaffSession = {
  sessionId: string;
  userId: string;
  role: "SUPPORT" | "ADMIN";
  strongAuthAt: Date | null;
};
export type SignedInSession = CustomerSession | StaffSession;

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
  return customerSession(user, user.customerId);
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
  return staffSession(user, role);
}

function customerSession(
  { sessionId, userId, strongAuthAt }: SessionUser,
  customerId: string,
): CustomerSession {
  return { sessionId, userId, customerId, role: "CUSTOMER", strongAuthAt };
}

function staffSession(
  { sessionId, userId, strongAuthAt }: SessionUser,
  role: StaffSession["role"],
): StaffSession {
  return { sessionId, userId, role, strongAuthAt };
}

/**
 * Any fully signed-in customer or staff member (the step-up page). Signed out → the login, coming
 * back to `returnTo` (already through safeReturnPath); second factor still owed → its page.
 */
export async function requireSignedIn(returnTo: string): Promise<SignedInSession> {
  const user = await getSession();
  if (!user) redirect(loginPath(returnTo));
  if (user.pendingSecondFactor) redirect(secondFactorPath(user.pendingSecondFactor, returnTo));
  if (user.role !== "CUSTOMER") return staffSession(user, user.role);
  if (!user.customerId) notFound();
  return customerSession(user, user.customerId);
}

/**
 * For a route handler of a step-up action (a download): a full session of `role`'s kind whose strong
 * proof is stale is sent to the step-up page, coming back to `returnTo`. Anyone else passes on to the
 * handler's own answer (401 signed out, 404 for the other kind of user).
 */
export async function requireFreshStrongAuth(returnTo: string, role: "CUSTOMER" | "STAFF"): Promise<void> {
  const user = await getSessionUser();
  if (!user || (user.role === "CUSTOMER") !== (role === "CUSTOMER")) return;
  if (stepUpNeeded(user)) redirect(stepUpPath(returnTo));
}
