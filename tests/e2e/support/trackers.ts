// The tracker hosts, intercepted and answered locally: the browser suite never reaches Google, Meta
// or Snap, and sees every request a page makes to them. The fake scripts behave like the real ones
// where it matters here: they read the commands queued before them, set their cookies on our
// domain and send a hit carrying the page's address and referrer; Google's also counts every
// in-page address change as a page view, as its enhanced measurement does.
import { createHmac, randomUUID } from "node:crypto";
import { type BrowserContext, expect, type Page } from "@playwright/test";
import { encodeConsentPayload } from "../../../src/features/consent/domain/consent-cookie";
import { CONSENT_COOKIE } from "../../../src/features/consent/domain/consent-limits";
import { TRACKERS } from "../../../src/features/privacy/domain/cookies";
import { E2E_AUTH_SECRET } from "./e2e-settings";

export const TRACKER_HOST =
  /^https:\/\/([\w-]+\.)*(googletagmanager\.com|google-analytics\.com|analytics\.google\.com|facebook\.com|facebook\.net|sc-static\.net|snapchat\.com)\//;

export const HOSTS_OF = {
  ga4: /googletagmanager|google-analytics|analytics\.google/,
  meta: /facebook/,
  snap: /sc-static|snapchat/,
} as const;

const QUEUED = "function queued(q){return (q||[]).map(function(a){return Array.prototype.slice.call(a)})}";
const FAKE_SCRIPTS: [RegExp, string][] = [
  [
    /googletagmanager\.com\/gtag\/js/,
    `(function(){${QUEUED}
      var id=new URL(document.currentScript.src).searchParams.get("id");
      window.__trackerLog("ga4", queued(window.dataLayer));
      var layer=window.dataLayer, add=layer.push;
      layer.push=function(){window.__trackerLog("ga4 later", queued(Array.prototype.slice.call(arguments)));return add.apply(layer,arguments);};
      document.cookie="_ga=GA1.1.1.1; path=/; max-age=3600";
      document.cookie="_ga_"+id.slice(2)+"=GS1.1.1; path=/; max-age=3600";
      function hit(){
        if(window["ga-disable-"+id])return;
        fetch("https://www.google-analytics.com/g/collect?v=2&tid="+id+"&dl="+encodeURIComponent(location.href)+"&dr="+encodeURIComponent(document.referrer),{method:"POST",mode:"no-cors"});
      }
      hit();
      // Like enhanced measurement: a page view for every in-page address change.
      var last=location.href, push=history.pushState;
      history.pushState=function(){var r=push.apply(this,arguments);if(location.href!==last){last=location.href;hit();}return r;};
      addEventListener("popstate",function(){if(location.href!==last){last=location.href;hit();}});
    })();`,
  ],
  [
    /connect\.facebook\.net\/.*fbevents\.js/,
    `(function(){${QUEUED}
      window.__trackerLog("meta", queued(window.fbq && window.fbq.queue));
      document.cookie="_fbp=fb.1.1.1; path=/; max-age=3600";
      new Image().src="https://www.facebook.com/tr?ev=PageView&dl="+encodeURIComponent(location.href)+"&rl="+encodeURIComponent(document.referrer);
    })();`,
  ],
  [
    /sc-static\.net\/scevent\.min\.js/,
    `(function(){${QUEUED}
      window.__trackerLog("snap", queued(window.snaptr && window.snaptr.queue));
      document.cookie="_scid=abc; path=/; max-age=3600";
      fetch("https://tr.snapchat.com/p",{method:"POST",mode:"no-cors",body:JSON.stringify({u:location.href,r:document.referrer})});
    })();`,
  ],
];

export interface TrackerRequest {
  url: string;
  body: string;
  /** The page that made it. */
  page: string;
}

export interface FakeTrackers {
  requests: TrackerRequest[];
  /** What each fake script found queued when it loaded, by tracker. */
  loaded: { tracker: string; queued: unknown[][] }[];
  /** Forgets what was seen so far. */
  reset(): void;
}

export async function fakeTrackers(context: BrowserContext): Promise<FakeTrackers> {
  const fake: FakeTrackers = {
    requests: [],
    loaded: [],
    reset() {
      fake.requests.length = 0;
      fake.loaded.length = 0;
    },
  };
  await context.exposeBinding("__trackerLog", (_source, tracker: string, queued: unknown[][]) => {
    fake.loaded.push({ tracker, queued });
  });
  await context.route(TRACKER_HOST, async (route) => {
    const request = route.request();
    fake.requests.push({ url: request.url(), body: request.postData() ?? "", page: request.frame().url() });
    const script = FAKE_SCRIPTS.find(([pattern]) => pattern.test(request.url()));
    if (script) await route.fulfill({ contentType: "text/javascript", body: script[1] });
    else await route.fulfill({ status: 204 });
  });
  return fake;
}

/** Cookies on our site that belong to a tracker. */
export async function trackerCookies(context: BrowserContext): Promise<string[]> {
  const prefixes = TRACKERS.flatMap((t) => t.cookiePrefixes);
  return (await context.cookies())
    .map((c) => c.name)
    .filter((name) => prefixes.some((p) => name.startsWith(p)));
}

/** Waits until every given tracker has loaded and sent its page view. */
export async function hitsFrom(fake: FakeTrackers, trackers: (keyof typeof HIT)[]) {
  await expect
    .poll(() => trackers.filter((id) => fake.requests.some((r) => HIT[id].test(r.url))))
    .toEqual(trackers);
}

const HIT = {
  ga4: /google-analytics\.com\/g\/collect/,
  meta: /facebook\.com\/tr/,
  snap: /tr\.snapchat\.com\/p/,
} as const;

export function trackersRequested(fake: FakeTrackers): string[] {
  return (Object.keys(HOSTS_OF) as (keyof typeof HOSTS_OF)[]).filter((id) =>
    fake.requests.some((r) => HOSTS_OF[id].test(new URL(r.url).hostname)),
  );
}

/**
 * A consent cookie exactly as the server signs it (the suite's server signs with E2E_AUTH_SECRET):
 * what a returning visitor carries from an earlier policy version or a year ago.
 */
export function signedConsentCookie(
  baseURL: string,
  choice: { version: string; decidedAt: Date; all: boolean },
) {
  const payload = encodeConsentPayload({
    visitorId: randomUUID(),
    policyVersion: choice.version,
    statistics: choice.all,
    marketing: choice.all,
    decidedAt: choice.decidedAt,
  });
  const signature = createHmac("sha256", E2E_AUTH_SECRET)
    .update(`consent-cookie\0${payload}`)
    .digest("base64url");
  return {
    name: CONSENT_COOKIE,
    value: `${payload}.${signature}`,
    url: baseURL,
    httpOnly: true,
    sameSite: "Lax" as const,
  };
}

/** The banner, by its heading. */
export function banner(page: Page) {
  return page.getByRole("region", { name: "Informasjonskapsler", exact: true });
}

export function settingsDialog(page: Page) {
  return page.getByRole("dialog", { name: "Innstillinger for informasjonskapsler" });
}

/** Opens the settings from the footer, as a visitor would on any page. */
export async function openSettingsFromFooter(page: Page) {
  await page
    .getByRole("contentinfo")
    .getByRole("button", { name: "Innstillinger for informasjonskapsler" })
    .click();
  return settingsDialog(page);
}
