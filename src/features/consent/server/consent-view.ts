import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { TRACKERS } from "@/features/privacy";
import { PATH_HEADER } from "@/platform/http/security-headers";
import type { TrackerIds } from "../domain/allowed-trackers";
import type { ConsentChoice } from "../domain/consent-choice";
import { consentInForce } from "../domain/consent-cookie";
import { CONSENT_COOKIE } from "../domain/consent-limits";
import { storedConsentFrom } from "./consent-cookie";
import { issueConsentFormToken } from "./consent-form-token";
import { trackersForRequest } from "./trackers";

/** What the page needs to render the consent layer; derived from the signed cookie on each request. */
export interface ConsentView {
  /** No choice in force (none yet, a new policy version, or lapsed): show the banner. */
  ask: boolean;
  /** The choice in force; nothing granted while asking. */
  choice: ConsentChoice;
  /** When the choice in force was made. */
  decidedAt: Date | null;
  /** For the forms' hidden field: binds a post to this browser's consent id and to this moment. */
  formToken: string;
  /** The trackers this page may start: the same decision as the response's Content-Security-Policy. */
  trackers: TrackerIds;
  /** Cookie name prefixes of every tracker not granted now: removed from the browser on every page. */
  removeCookies: string[];
}

/** Read once per request: the layout and /informasjonskapsler both need it. */
export const getConsentView = cache(async (now = new Date()): Promise<ConsentView> => {
  const jar = await cookies();
  const stored = storedConsentFrom(jar.get(CONSENT_COOKIE)?.value);
  const inForce = stored && consentInForce(stored, now) ? stored : null;
  const choice = { statistics: inForce?.statistics ?? false, marketing: inForce?.marketing ?? false };
  return {
    ask: !inForce,
    choice,
    decidedAt: inForce?.decidedAt ?? null,
    formToken: issueConsentFormToken(stored?.visitorId ?? null, now),
    trackers: trackersForRequest({ pathname: (await headers()).get(PATH_HEADER) ?? "", cookies: jar }, now),
    removeCookies: TRACKERS.filter((tracker) => !choice[tracker.purpose]).flatMap((t) => t.cookiePrefixes),
  };
});
