// Which trackers one response may load: the single decision behind its Content-Security-Policy
// (src/server/security) and the trackers its page starts (src/features/consent/ui).
import { TRACKERS, type TrackerId } from "@/features/privacy";
import type { ConsentChoice } from "./consent-choice";
import { isTrackerPage } from "./tracker-pages";

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
