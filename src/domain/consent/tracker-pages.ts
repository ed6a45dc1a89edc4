// Where trackers may run at all, and where the banner does not ask. An allow-list: a new page runs
// no tracker until someone decides it should, so a new signed-in or onboarding page is safe by default.
import { TRACKERS, type TrackerId } from "@/domain/privacy/cookies";
import type { ConsentChoice } from "./consent-choice";

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

export type TrackerIds = Partial<Record<TrackerId, string>>;

/**
 * The one decision behind both a response's Content-Security-Policy and the trackers its page
 * loads: only on a tracker page, never for a signed-in visitor, only with a choice in force that
 * grants the tool's category, and only for a tool with a configured id.
 */
export function allowedTrackers({
  pathname,
  choice,
  signedIn,
  ids,
}: {
  pathname: string;
  choice: ConsentChoice | null;
  signedIn: boolean;
  ids: TrackerIds;
}): TrackerIds {
  const allowed: TrackerIds = {};
  if (!choice || signedIn || !isTrackerPage(pathname)) return allowed;
  for (const tracker of TRACKERS) {
    const id = ids[tracker.id];
    if (id && choice[tracker.purpose]) allowed[tracker.id] = id;
  }
  return allowed;
}
