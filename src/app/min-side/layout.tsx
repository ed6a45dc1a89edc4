import { type ReactNode, Suspense } from "react";
import { UnreadNotices } from "@/features/notices/ui";
import { OfflineBanner } from "@/features/offline/ui";
import { requireCustomer } from "@/features/sign-in/routes";

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
      <Suspense>
        <OfflineBanner />
      </Suspense>
      <UnreadNotices customerId={session.customerId} />
      {children}
    </>
  );
}
