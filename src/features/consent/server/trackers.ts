import "server-only";
import { env } from "@/platform/env";
import { allowedTrackers, type TrackerIds } from "../domain/allowed-trackers";
import { CONSENT_COOKIE } from "../domain/consent-limits";
import { consentInForceFrom } from "./consent-cookie";

/** The tracker ids from the environment, read at run time: a restart applies a change. */
export function configuredTrackerIds(): TrackerIds {
  const { GA4_MEASUREMENT_ID, META_PIXEL_ID, SNAP_PIXEL_ID } = env();
  return { ga4: GA4_MEASUREMENT_ID, meta: META_PIXEL_ID, snap: SNAP_PIXEL_ID };
}

/**
 * Auth.js's session cookie, plain or "__Secure-", possibly split into chunks. Its presence is
 * enough to keep trackers away: an expired or forged one only errs towards loading none.
 */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** The parts of a request the decision reads: Next's request cookies and the page's path. */
export interface TrackerRequest {
  pathname: string;
  cookies: { get(name: string): { value: string } | undefined; getAll(): { name: string }[] };
}

/** Which trackers this response may load: the proxy allows their hosts, the layout loads them. */
export function trackersForRequest({ pathname, cookies }: TrackerRequest, now = new Date()): TrackerIds {
  return allowedTrackers({
    pathname,
    choice: consentInForceFrom(cookies.get(CONSENT_COOKIE)?.value, now),
    signedIn: cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name)),
    ids: configuredTrackerIds(),
  });
}
