import type { ReactNode } from "react";
import { requireCustomer } from "@/server/auth/guards";
import { UnreadNotices } from "./unread-notices";

// Every page here is personal: never prerender or cache one.
export const dynamic = "force-dynamic";

/**
 * Sends visitors to the login and staff away before any Min side page renders. Each page and
 * action still checks for itself: a layout does not protect what is under it.
 */
export default async function MinSideLayout({ children }: { children: ReactNode }) {
  const session = await requireCustomer();
  return (
    <>
      <UnreadNotices customerId={session.customerId} />
      {children}
    </>
  );
}
