import { countWaitingInquiries } from "@/features/inquiries/server";
import { offlineOwnerKey } from "@/features/offline/server";
import { OfflineOwner } from "@/features/offline/ui";
import { getSession } from "@/features/sign-in/routes";
import { staffDisplayName } from "@/features/staff/server";
import { type NavItem, NavLinks } from "./nav-links";
import { SignOutButton } from "./sign-out-button";
import { Wordmark } from "./wordmark";

// Only routes that exist: each feature adds its own item (Avtale, Forbruk, Faktura, Meldinger, Personvern, Bli kunde).
const MIN_SIDE_ITEMS: readonly NavItem[] = [
  { href: "/min-side", label: "Oversikt", exact: true },
  { href: "/min-side/avtale", label: "Avtale" },
  { href: "/min-side/forbruk", label: "Forbruk" },
  { href: "/min-side/faktura", label: "Faktura" },
  { href: "/min-side/meldinger", label: "Meldinger" },
  { href: "/min-side/profil", label: "Profil" },
  { href: "/min-side/personvern", label: "Personvern" },
];

const SIGNED_OUT_ITEMS: readonly NavItem[] = [{ href: "/logg-inn", label: "Logg inn" }];

/** The inbox link carries the count of open threads waiting for this staff member. */
function staffItems(waiting: number): readonly NavItem[] {
  return [
    { href: "/admin", label: "Admin", exact: true },
    { href: "/admin/meldinger", label: "Meldinger", waiting },
    { href: "/admin/faktura", label: "Faktura" },
  ];
}

/** The navigation depends on who is signed in: visitor, customer or customer service. */
export async function SiteHeader() {
  // A session still owing its second factor shows nothing but "Logg ut", to abandon the sign-in.
  const session = await getSession();
  const user = session?.pendingSecondFactor ? null : session;
  const isCustomer = user?.role === "CUSTOMER";
  const isStaff = user?.role === "SUPPORT" || user?.role === "ADMIN";
  const [staffName, waiting] = isStaff
    ? await Promise.all([staffDisplayName(user.userId), countWaitingInquiries(user)])
    : [null, 0];

  return (
    <header className="border-b border-slate-200 bg-white">
      {/* Whose pages the service worker may keep for offline reading: a customer's only. */}
      <OfflineOwner
        owner={isCustomer ? offlineOwnerKey(user.userId) : null}
        until={isCustomer ? user.endsAt.getTime() : null}
      />
      <div className="mx-auto flex min-h-16 max-w-5xl items-center justify-between gap-3 px-4">
        <Wordmark />
        <div className="flex items-center gap-2 sm:gap-3">
          {!session && (
            <nav aria-label="Hovedmeny">
              <NavLinks items={SIGNED_OUT_ITEMS} variant="actions" />
            </nav>
          )}
          {staffName && (
            <span className="max-w-32 truncate text-sm text-slate-700 sm:max-w-none">{staffName}</span>
          )}
          {isStaff && (
            <nav aria-label="Hovedmeny">
              <NavLinks items={staffItems(waiting)} variant="actions" />
            </nav>
          )}
          {session && <SignOutButton />}
        </div>
      </div>
      {isCustomer && (
        <div className="border-t border-slate-100">
          <nav aria-label="Min side" className="mx-auto max-w-5xl px-3">
            <NavLinks items={MIN_SIDE_ITEMS} variant="tabs" />
          </nav>
        </div>
      )}
    </header>
  );
}
