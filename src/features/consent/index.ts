export type { TrackerIds } from "./domain/allowed-trackers";
export { CONSENT_CATEGORIES, CONSENT_CATEGORY_NAMES, ZConsentPost } from "./domain/consent-choice";
export {
  CONSENT_COOKIE,
  CONSENT_POLICY_VERSION,
  CONSENT_VALID_MONTHS,
  TRACKING_COOKIE_MAX_MONTHS,
} from "./domain/consent-limits";
