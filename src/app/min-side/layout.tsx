import type { ReactNode } from "react";
import { requireCustomer } from "@/server/auth/guards";

// Every page here is personal: never prerender or cache one.
export const dynamic = "force-dynamic";

/**
 * Sends visitors to the login and staff away before any Min side page renders. Each page and
 * action still checks for itself: a layout does not protect what is under it.
 */
export default async function MinSideLayout({ children }: { children: ReactNode }) {
  await requireCustomer();
  return children;
}
