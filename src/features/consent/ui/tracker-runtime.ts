// The trackers themselves, fetched only by a page that may run one (see tracker-loader.tsx). Written
// for this site rather than pasted: each tool gets the least it needs, and none gets a person.
import type { TrackerIds } from "../domain/allowed-trackers";
import { TRACKING_COOKIE_MAX_MONTHS } from "../domain/consent-limits";
import { isTrackerPage } from "../domain/tracker-pages";

type Queue = ((...args: unknown[]) => void) & Record<string, unknown>;
type TrackerWindow = Window & Record<string, unknown> & { dataLayer?: unknown[] };

/** Campaign parameters the trackers may see; any other query parameter could carry a person. */
const CAMPAIGN_PARAMETER = /^(utm_(source|medium|campaign|term|content)|gclid|fbclid|ScCid)$/;
/** A campaign value is a short code: no @, no spaces, no long number (a customer or national ID). */
const CAMPAIGN_VALUE = /^(?!.*\d{5})[\w.-]{1,100}$/;
const CLICK_ID = /^[\w.-]{1,500}$/;

const DENIED = {
  ad_storage: "denied",
  analytics_storage: "denied",
  ad_user_data: "denied",
  ad_personalization: "denied",
} as const;

/** Starts the allowed trackers and returns what stops them. */
export function startTrackers(ids: TrackerIds): () => void {
  const w = window as unknown as TrackerWindow;
  const referrer = cleanReferrer(document.referrer, location.origin);
  // The trackers read the address and the referrer themselves: give them clean ones.
  history.replaceState(history.state, "", cleanAddress(location.href));
  Object.defineProperty(document, "referrer", { configurable: true, get: () => referrer });

  const stop = () => {
    // Google's documented switch: no further hit leaves the page, whatever gtag has queued.
    if (ids.ga4) w[`ga-disable-${ids.ga4}`] = true;
    // Third-party code may throw; the reload or navigation that follows every stop must still happen.
    for (const signal of [
      () => ids.ga4 && (w.gtag as Queue | undefined)?.("consent", "update", DENIED),
      () => ids.meta && (w.fbq as Queue | undefined)?.("consent", "revoke"),
    ]) {
      try {
        signal();
      } catch {
        // the reload ends the tool anyway
      }
    }
    // Snap has no consent API: the reload that follows every stop is what ends it.
  };
  leaveForOtherPagesWithAReload(stop);
  if (ids.ga4) startGoogleAnalytics(w, ids.ga4, referrer);
  if (ids.meta) startMetaPixel(w, ids.meta);
  if (ids.snap) startSnapPixel(w, ids.snap);
  return stop;
}

/**
 * Google Analytics 4 in Consent Mode v2: every signal denied before the tag exists, then only
 * analytics storage granted. Advertising signals stay denied: the register uses Google for traffic
 * analysis only (P2).
 */
function startGoogleAnalytics(w: TrackerWindow, id: string, referrer: string) {
  w.dataLayer = w.dataLayer ?? [];
  const gtag = function () {
    // gtag.js reads the Arguments object itself, not an array.
    // biome-ignore lint/complexity/noArguments: the documented gtag stub pushes `arguments`.
    w.dataLayer?.push(arguments);
  } as Queue;
  w.gtag = gtag;
  gtag("consent", "default", DENIED);
  gtag("set", "ads_data_redaction", true);
  gtag("consent", "update", { analytics_storage: "granted" });
  gtag("js", new Date());
  gtag("config", id, {
    page_location: location.href,
    page_referrer: referrer,
    allow_google_signals: false,
    allow_ad_personalization_signals: false,
    cookie_expires: TRACKING_COOKIE_MAX_MONTHS * 30 * 24 * 60 * 60,
  });
  inject(`https://www.googletagmanager.com/gtag/js?id=${encodeURIComponent(id)}`);
}

/**
 * The stub a pixel script expects to find: it queues commands until the script arrives and
 * installs `handler`, which then receives every command.
 */
function commandQueue(handler: "callMethod" | "handleRequest"): Queue {
  const queue = ((...args: unknown[]) => {
    const handle = queue[handler] as ((...a: unknown[]) => void) | undefined;
    if (handle) handle.apply(queue, args);
    else (queue.queue as unknown[]).push(args);
  }) as Queue;
  queue.queue = [];
  return queue;
}

/** Meta Pixel: consent revoked before init, granted after; no automatic collection from the page. */
function startMetaPixel(w: TrackerWindow, id: string) {
  const fbq = commandQueue("callMethod");
  Object.assign(fbq, { push: fbq, loaded: true, version: "2.0", disablePushState: true });
  w.fbq = fbq;
  w._fbq = fbq;
  fbq("consent", "revoke");
  fbq("set", "autoConfig", false, id);
  fbq("init", id);
  fbq("consent", "grant");
  fbq("track", "PageView");
  inject("https://connect.facebook.net/en_US/fbevents.js");
}

/** Snapchat Pixel has no consent API: this script is only ever injected after consent. No user data in init. */
function startSnapPixel(w: TrackerWindow, id: string) {
  const snaptr = commandQueue("handleRequest");
  w.snaptr = snaptr;
  snaptr("init", id, {});
  snaptr("track", "PAGE_VIEW");
  inject("https://sc-static.net/scevent.min.js");
}

function inject(src: string) {
  const script = document.createElement("script");
  script.async = true;
  script.src = src;
  document.head.appendChild(script);
}

/**
 * Trackers watch the address for in-page navigation. Every page outside the tracker pages
 * (Min side, login, …) is therefore loaded as a new page, without the trackers, instead of being
 * shown in this one: links, the router's history calls and the back button all lead there.
 */
function leaveForOtherPagesWithAReload(stop: () => void) {
  const leave = (url: URL) => {
    stop();
    location.assign(url.href);
  };
  const ownNonTrackerPage = (url: URL) => url.origin === location.origin && !isTrackerPage(url.pathname);
  addEventListener(
    "click",
    (event) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
        return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self")) return;
      const url = new URL(link.href);
      if (!ownNonTrackerPage(url)) return;
      event.preventDefault();
      event.stopPropagation();
      leave(url);
    },
    true,
  );
  for (const method of ["pushState", "replaceState"] as const) {
    const original = history[method];
    history[method] = function (this: History, data: unknown, unused: string, url?: string | URL | null) {
      const target = url == null ? null : new URL(url, location.href);
      if (target && ownNonTrackerPage(target)) return leave(target);
      return original.call(this, data, unused, url);
    };
  }
  addEventListener("popstate", () => {
    if (!isTrackerPage(location.pathname)) leave(new URL(location.href));
  });
}

/** The address without anything that could name a person: only campaign parameters survive. */
export function cleanAddress(href: string): string {
  const url = new URL(href);
  const kept = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    const allowed = name.startsWith("utm_") ? CAMPAIGN_VALUE : CLICK_ID;
    if (CAMPAIGN_PARAMETER.test(name) && allowed.test(value)) kept.append(name, value);
  }
  const query = kept.toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ""}`;
}

/** Another site's origin only; nothing for our own pages (which could be Min side or a reset link). */
export function cleanReferrer(referrer: string, ownOrigin: string): string {
  try {
    const url = new URL(referrer);
    return url.origin === ownOrigin ? "" : `${url.origin}/`;
  } catch {
    return "";
  }
}
