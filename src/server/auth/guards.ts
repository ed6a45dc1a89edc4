import "server-only";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { safeReturnPath } from "@/domain/credentials";
import type { Role } from "@/generated/prisma/client";
import { sessionIdFromAuth } from "./config";
import { findActiveSession } from "./session-store";

export type CustomerSession = { sessionId: string; userId: string; customerId: string; role: "CUSTOMER" };
export type StaffSession = { sessionId: string; userId: string; role: "SUPPORT" | "ADMIN" };

/**
 * The signed-in user for this request, or null. The cookie alone is not trusted: the app runs as
 * several instances, so a logout, password change or lock must take effect on all of them at once,
 * and the only state they share is the AuthSession row in PostgreSQL. Cached per request.
 */
export const getSessionUser = cache(
  async (): Promise<{ sessionId: string; userId: string; role: Role; customerId: string | null } | null> => {
    const sessionId = await sessionIdFromAuth();
    return sessionId ? findActiveSession(sessionId) : null;
  },
);

function loginPath(returnTo: string): string {
  return `/logg-inn?${new URLSearchParams({ tilbake: returnTo })}`;
}

/** Signed out → redirect to /logg-inn?tilbake=<returnTo ?? "/min-side">; signed-in staff → notFound(). */
export async function requireCustomer(returnTo?: string): Promise<CustomerSession> {
  const user = await getSessionUser();
  if (!user) redirect(loginPath(safeReturnPath(returnTo) ?? "/min-side"));
  if (user.role !== "CUSTOMER" || !user.customerId) notFound();
  return { sessionId: user.sessionId, userId: user.userId, customerId: user.customerId, role: "CUSTOMER" };
}

/** Signed out → redirect to /logg-inn?tilbake=/admin; signed in without the role (customers included) → notFound(). ADMIN satisfies SUPPORT. */
export async function requireStaff(minimumRole: "SUPPORT" | "ADMIN" = "SUPPORT"): Promise<StaffSession> {
  const user = await getSessionUser();
  if (!user) redirect(loginPath("/admin"));
  const { role } = user;
  if (role === "CUSTOMER" || (minimumRole === "ADMIN" && role !== "ADMIN")) notFound();
  return { sessionId: user.sessionId, userId: user.userId, role };
}
