// Where trackers may run at all, and where the banner does not ask. An allow-list: a new page runs
// no tracker until someone decides it should, so a new signed-in or onboarding page is safe by default.
// Imports nothing, so the browser code that needs it stays small.

/**
 * Public pages on which a tracker may load once the visitor has consented. Never a page that shows
 * or asks for personal data: not Min side, admin, onboarding ("Bli kunde"), login or password reset.
 */
export const TRACKER_PAGES: readonly string[] = ["/", "/personvern", "/informasjonskapsler"];

/** Where a visitor deals with their own account or application: no banner, and never a tracker. */
export const PERSONAL_AREAS: readonly string[] = ["/min-side", "/admin", "/bli-kunde"];

function normalised(pathname: string): string {
  return pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
}

export function isTrackerPage(pathname: string): boolean {
  return TRACKER_PAGES.includes(normalised(pathname));
}

export function isPersonalArea(pathname: string): boolean {
  const path = normalised(pathname);
  return PERSONAL_AREAS.some((area) => path === area || path.startsWith(`${area}/`));
}
