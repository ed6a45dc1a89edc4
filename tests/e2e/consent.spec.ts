import type { Page, Response } from "@playwright/test";
import { CONSENT_COOKIE, CONSENT_POLICY_VERSION } from "../../src/features/consent/domain/consent-limits";
import { logIn } from "./support/session";
import { expect, test } from "./support/test";
import {
  banner,
  type FakeTrackers,
  fakeTrackers,
  HOSTS_OF,
  hitsFrom,
  openSettingsFromFooter,
  settingsDialog,
  signedConsentCookie,
  trackerCookies,
  trackersRequested,
} from "./support/trackers";

const DENIED = {
  ad_storage: "denied",
  analytics_storage: "denied",
  ad_user_data: "denied",
  ad_personalization: "denied",
};

const PUBLIC_PAGES = ["/", "/personvern", "/informasjonskapsler", "/logg-inn", "/glemt-passord"];

function policyOf(response: Response | null): string {
  return response?.headers()["content-security-policy"] ?? "";
}

/** The response's policy lets the page reach no tracker host. */
function expectNoTrackerHosts(response: Response | null, label = "") {
  for (const hosts of Object.values(HOSTS_OF)) expect(policyOf(response), label).not.toMatch(hosts);
}

/** "Godta alle" in the banner on the front page, and every tool loaded and counting. */
async function acceptAll(page: Page, fake: FakeTrackers) {
  await page.goto("/");
  await chooseAndReload(page, "banner", "Godta alle");
  await hitsFrom(fake, ["ga4", "meta", "snap"]);
}

async function choose(page: Page, where: "banner" | "dialog", button: string) {
  const scope = where === "banner" ? banner(page) : settingsDialog(page);
  await scope.getByRole("button", { name: button, exact: true }).click();
}

/** Clicks a button that reloads the page once the choice is stored. */
async function chooseAndReload(page: Page, where: "banner" | "dialog", button: string) {
  await Promise.all([page.waitForEvent("load"), choose(page, where, button)]);
}

// The staff's consent figures (P16) count every visitor's choice: the tests here, which record
// choices, take turns.
test.describe.configure({ mode: "default" });

test.describe("cookie consent", () => {
  test("P2–P4: before any choice no page asks a tracker host for anything or stores more than the necessary", async ({
    page,
    context,
  }) => {
    const fake = await fakeTrackers(context);
    for (const path of PUBLIC_PAGES) {
      const response = await page.goto(path);
      await expect(banner(page)).toBeVisible();
      expectNoTrackerHosts(response, path);
    }
    expect(fake.requests).toEqual([]);
    expect(await context.cookies()).toEqual([]);

    // Every tool is named with what it does and who receives the data, with a link to the full list.
    await page.goto("/");
    for (const text of [
      "Nødvendige (alltid på)",
      "Google Analytics 4 teller",
      "Mottaker: Google Ireland Ltd.",
      "Meta Pixel måler",
      "Mottaker: Meta Platforms Ireland Ltd.",
      "Snapchat Pixel måler",
      "Mottaker: Snap B.V.",
    ]) {
      await expect(banner(page)).toContainText(text);
    }
    await banner(page).getByRole("link", { name: "Se alle informasjonskapslene" }).click();
    await expect(page).toHaveURL(/\/informasjonskapsler$/);
    for (const name of [CONSENT_COOKIE, "authjs.session-token", "_ga", "_fbp", "_scid"]) {
      await expect(page.getByRole("rowheader", { name, exact: true })).toBeVisible();
    }
  });

  test("P5: the banner takes focus, Escape hands it back without consenting, and refusing is one click", async ({
    page,
    context,
  }) => {
    const fake = await fakeTrackers(context);
    await page.goto("/");
    await expect(page.getByRole("heading", { name: "Informasjonskapsler", level: 2 })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(banner(page).getByRole("link", { name: "Se alle informasjonskapslene" })).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(banner(page).getByRole("button", { name: "Godta alle" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(page.locator("main")).toBeFocused();
    await expect(banner(page)).toBeVisible();
    expect(await context.cookies()).toEqual([]);

    // The three answers look the same: same size, same colours.
    const looks = await banner(page)
      .getByRole("button")
      .evaluateAll((buttons) =>
        buttons.map((b) => {
          const s = getComputedStyle(b);
          return [
            s.backgroundColor,
            s.color,
            s.fontSize,
            s.fontWeight,
            s.borderWidth,
            b.getBoundingClientRect().height,
          ];
        }),
      );
    expect(looks).toHaveLength(3);
    expect(new Set(looks.map((l) => JSON.stringify(l))).size).toBe(1);

    // Escape closes the settings without saving, and focus goes back to what opened them.
    await banner(page).getByRole("button", { name: "Tilpass" }).click();
    await settingsDialog(page).getByRole("checkbox", { name: "Statistikk" }).check();
    await page.keyboard.press("Escape");
    await expect(settingsDialog(page)).toBeHidden();
    await expect(banner(page).getByRole("button", { name: "Tilpass" })).toBeFocused();
    expect(await context.cookies()).toEqual([]);

    await banner(page).getByRole("button", { name: "Avvis alle" }).focus();
    await page.keyboard.press("Enter");
    await expect(banner(page)).toHaveCount(0);
    await expect(page.locator("main")).toBeFocused();
    for (const path of PUBLIC_PAGES) {
      const response = await page.goto(path);
      await expect(banner(page)).toHaveCount(0);
      expectNoTrackerHosts(response, path);
    }
    expect(fake.requests).toEqual([]);
    const cookies = await context.cookies();
    expect(cookies.map((c) => [c.name, c.httpOnly, c.sameSite])).toEqual([[CONSENT_COOKIE, true, "Lax"]]);
  });

  test("P2: Google Analytics 4 loads only after Statistikk, with Consent Mode denied before the tag", async ({
    page,
    context,
  }) => {
    const fake = await fakeTrackers(context);
    await page.goto("/");
    await banner(page).getByRole("button", { name: "Tilpass" }).click();
    const dialog = settingsDialog(page);
    await expect(dialog.getByRole("heading", { level: 2 })).toBeFocused();
    await expect(dialog.getByRole("checkbox", { name: "Statistikk" })).not.toBeChecked();
    await expect(dialog.getByRole("checkbox", { name: "Markedsføring" })).not.toBeChecked();
    await dialog.getByRole("checkbox", { name: "Statistikk" }).check();
    const [response] = await Promise.all([
      page.waitForResponse((r) => r.request().resourceType() === "document"),
      choose(page, "dialog", "Lagre valgene"),
    ]);
    expect(policyOf(response)).toMatch(HOSTS_OF.ga4);
    expect(policyOf(response)).not.toMatch(HOSTS_OF.meta);
    await expect
      .poll(() => fake.loaded.map((l) => l.tracker).filter((t) => t !== "ga4 later"))
      .toEqual(["ga4"]);
    await hitsFrom(fake, ["ga4"]);
    expect(trackersRequested(fake)).toEqual(["ga4"]);

    const queued = fake.loaded[0]?.queued ?? [];
    const denied = {
      ad_storage: "denied",
      analytics_storage: "denied",
      ad_user_data: "denied",
      ad_personalization: "denied",
    };
    expect(queued[0]).toEqual(["consent", "default", denied]);
    const configAt = queued.findIndex((c) => c[0] === "config");
    expect(configAt).toBeGreaterThan(0);
    expect(queued.slice(0, configAt)).toContainEqual(["consent", "update", { analytics_storage: "granted" }]);
    // Google is used for traffic analysis only (P2): no advertising signal is ever granted.
    const grants = queued.filter((c) => c[0] === "consent").map((c) => JSON.stringify(c[2]));
    expect(grants.join()).not.toMatch(/"ad_[a-z_]+":"granted"/);
    expect(queued[configAt]?.[2]).toMatchObject({
      allow_google_signals: false,
      allow_ad_personalization_signals: false,
    });
    expect(await trackerCookies(context)).toEqual(expect.arrayContaining(["_ga"]));
  });

  test("P3, P4: Meta Pixel and Snapchat Pixel load only after Markedsføring; Meta's consent is revoked before init", async ({
    page,
    context,
  }) => {
    const fake = await fakeTrackers(context);
    await page.goto("/personvern");
    await openSettingsFromFooter(page);
    await settingsDialog(page).getByRole("checkbox", { name: "Markedsføring" }).check();
    await chooseAndReload(page, "dialog", "Lagre valgene");
    await expect.poll(() => fake.loaded.map((l) => l.tracker).sort()).toEqual(["meta", "snap"]);
    await hitsFrom(fake, ["meta", "snap"]);
    expect(trackersRequested(fake)).toEqual(["meta", "snap"]);

    const meta = fake.loaded.find((l) => l.tracker === "meta")?.queued ?? [];
    expect(meta.map((c) => c.slice(0, 2))).toEqual([
      ["consent", "revoke"],
      ["set", "autoConfig"],
      ["init", expect.any(String)],
      ["consent", "grant"],
      ["track", "PageView"],
    ]);
    // Snap's init gets its id and nothing about the visitor.
    const snap = fake.loaded.find((l) => l.tracker === "snap")?.queued ?? [];
    expect(snap[0]).toEqual(["init", expect.any(String), {}]);
  });

  test("P5: withdrawing from the footer on another page stops every tool and deletes its cookies at once", async ({
    page,
    context,
  }) => {
    const fake = await fakeTrackers(context);
    await acceptAll(page, fake);
    await expect
      .poll(async () => (await trackerCookies(context)).sort())
      .toEqual(expect.arrayContaining(["_fbp", "_ga", "_scid"]));
    await page.getByRole("link", { name: "personvernerklæringen" }).first().click();
    await expect(page).toHaveURL(/\/personvern$/);

    const dialog = await openSettingsFromFooter(page);
    await expect(dialog.getByRole("checkbox", { name: "Statistikk" })).toBeChecked();
    await dialog.getByRole("checkbox", { name: "Statistikk" }).uncheck();
    await dialog.getByRole("checkbox", { name: "Markedsføring" }).uncheck();
    await chooseAndReload(page, "dialog", "Lagre valgene");
    await expect.poll(() => trackerCookies(context)).toEqual([]);
    // Before the page went, Google's consent state was set back to denied.
    const later = fake.loaded.filter((l) => l.tracker === "ga4 later").flatMap((l) => l.queued);
    expect(later).toContainEqual(["consent", "update", DENIED]);

    fake.reset();
    for (const path of ["/personvern", "/", "/informasjonskapsler"]) {
      const response = await page.goto(path);
      expectNoTrackerHosts(response, path);
    }
    expect(fake.requests).toEqual([]);
    expect(await page.evaluate(() => [typeof window.gtag, typeof window.fbq, typeof window.snaptr])).toEqual([
      "undefined",
      "undefined",
      "undefined",
    ]);
  });

  test("P5: a withdrawal in one tab stops the trackers running in another", async ({ page, context }) => {
    const fake = await fakeTrackers(context);
    await acceptAll(page, fake);
    const other = await context.newPage();
    await other.goto("/informasjonskapsler");
    await hitsFrom(fake, ["ga4", "meta", "snap"]);

    await Promise.all([
      page.waitForEvent("load"),
      other.getByRole("main").getByRole("button", { name: "Avvis alle" }).click(),
    ]);
    fake.reset();
    await page.goto("/");
    await expect.poll(() => page.evaluate(() => typeof window.gtag)).toBe("undefined");
    expect(fake.requests).toEqual([]);
    await other.close();
  });

  test("P2–P4: with full consent, nothing reaches a tracker from login, Min side, Profil or admin", async ({
    page,
    context,
  }) => {
    const fake = await fakeTrackers(context);
    await acceptAll(page, fake);
    fake.reset();

    // Following the page's own link leaves the tracked page behind as a new page load.
    await page.getByRole("link", { name: "Logg inn på Min side" }).click();
    await expect(page).toHaveURL(/\/logg-inn$/);
    await logIn(page, "ola.hansen@example.com");
    await expect(page).toHaveURL(/\/min-side$/);
    for (const path of ["/min-side/profil", "/", "/personvern"]) {
      const response = await page.goto(path);
      expectNoTrackerHosts(response, `${path} signed in`);
    }
    expect(fake.requests).toEqual([]);
    // Leaving the tracked page set Google's consent back to denied; no tool loaded after it.
    expect(fake.loaded.filter((l) => l.tracker !== "ga4 later")).toEqual([]);
  });

  test("P2–P4: no tracker hit carries a person: no email, customer number or reset token in any address or referrer", async ({
    page,
    context,
    baseURL,
  }) => {
    const fake = await fakeTrackers(context);
    await acceptAll(page, fake);
    fake.reset();
    // Arriving from our own reset page, with a personal query: what a mailed link could carry.
    await page.goto("/?email=kari.nordmann%40example.com&kundenummer=10001&utm_source=nyhetsbrev", {
      referer: `${baseURL}/glemt-passord/ny?token=hemmelig-lenke-123`,
    });
    await hitsFrom(fake, ["ga4", "meta", "snap"]);
    expect(await page.evaluate(() => document.referrer)).toBe("");
    const sent = decodeURIComponent(fake.requests.map((r) => `${r.url} ${r.body}`).join("\n"));
    expect(sent).toContain("utm_source=nyhetsbrev");
    expect(sent).not.toMatch(/kari|nordmann|@example|kundenummer|10001|hemmelig|token=|glemt-passord/i);
    await expect(page).toHaveURL(/\/\?utm_source=nyhetsbrev$/);
  });

  test("P16: each choice is recorded with its categories and version, and the customer sees it on Profil", async ({
    page,
    browser,
    accounts,
  }) => {
    const staff = await browser.newPage();
    await accounts.signIn(staff, await accounts.support());
    const count = async (category: string, column: "Ja" | "Nei") => {
      await staff.goto("/admin/samtykker");
      const table = staff.getByRole("table", { name: `Per kategori, versjon ${CONSENT_POLICY_VERSION}` });
      if ((await table.count()) === 0) return 0;
      const index = column === "Ja" ? 1 : 2;
      return Number(
        await table
          .getByRole("row", { name: category })
          .getByRole("cell")
          .nth(index - 1)
          .textContent(),
      );
    };
    const before = {
      statistics: await count("Statistikk", "Ja"),
      marketing: await count("Markedsføring", "Nei"),
    };

    const sofie = await accounts.customer({ like: "Sofie" });
    await accounts.signIn(page, sofie);
    await page.goto("/min-side/profil");
    const history = page.getByRole("region", { name: "Samtykker til informasjonskapsler" });
    await expect(history).toContainText("Du har ikke gjort noe valg");
    await history.getByRole("button", { name: "Endre valgene" }).click();
    await settingsDialog(page).getByRole("checkbox", { name: "Statistikk" }).check();
    await choose(page, "dialog", "Lagre valgene");
    await expect(settingsDialog(page)).toBeHidden();
    await expect(history.getByRole("button", { name: "Endre valgene" })).toBeFocused();

    const row = history.getByRole("row").nth(1);
    await expect(row).toContainText("Valgte selv");
    await expect(row.getByRole("cell").nth(1)).toHaveText("Ja");
    await expect(row.getByRole("cell").nth(2)).toHaveText("Nei");
    await expect(row).toContainText("Innstillingene");
    await expect(row).toContainText(CONSENT_POLICY_VERSION);
    await expect(row).toContainText("Gjelder nå");

    expect(await count("Statistikk", "Ja")).toBe(before.statistics + 1);
    expect(await count("Markedsføring", "Nei")).toBe(before.marketing + 1);
    // Nothing names her: not her name, her email or an id (the staff member's own name is in the header).
    const [surname] = sofie.name.split(" ").slice(-1);
    const her = new RegExp(
      `sofie|(${surname}|${sofie.email.split("@")[0]})(?!\\d)|[0-9a-f]{8}-[0-9a-f]{4}`,
      "i",
    );
    await expect(staff.getByText(her)).toHaveCount(0);
    await staff.close();
  });

  test("P16: a choice made under an earlier policy version, or 12 months ago, asks again and allows nothing", async ({
    page,
    context,
    baseURL,
  }) => {
    const fake = await fakeTrackers(context);
    const yearAgo = new Date(Date.now() - 366 * 24 * 60 * 60 * 1000);
    for (const earlier of [
      { version: "2020-10-01", decidedAt: new Date(), all: true },
      { version: CONSENT_POLICY_VERSION, decidedAt: yearAgo, all: true },
    ]) {
      await context.clearCookies();
      await context.addCookies([signedConsentCookie(baseURL ?? "", earlier)]);
      const response = await page.goto("/");
      await expect(banner(page)).toBeVisible();
      expectNoTrackerHosts(response);
    }
    // The same cookie made now, under the current version, is a valid choice: the test can tell.
    await context.clearCookies();
    await context.addCookies([
      signedConsentCookie(baseURL ?? "", {
        version: CONSENT_POLICY_VERSION,
        decidedAt: new Date(),
        all: true,
      }),
    ]);
    const response = await page.goto("/");
    await expect(banner(page)).toHaveCount(0);
    expect(policyOf(response)).toMatch(HOSTS_OF.ga4);
    await expect.poll(() => trackersRequested(fake)).toEqual(["ga4", "meta", "snap"]);
  });
});

test.describe("cookie consent and bad input", () => {
  test("P16: forged and malformed consent cookies count as no consent, never an error page", async ({
    page,
    context,
    baseURL,
  }) => {
    const fake = await fakeTrackers(context);
    const genuine = signedConsentCookie(baseURL ?? "", {
      version: CONSENT_POLICY_VERSION,
      decidedAt: new Date(),
      all: true,
    });
    const forged = [
      `${genuine.value.slice(0, genuine.value.lastIndexOf("."))}.forged`,
      genuine.value.replace(".11.", ".10."),
      "1.garbage",
      "%E0%A4%A",
      "x".repeat(3000),
    ];
    for (const value of forged) {
      await context.clearCookies();
      await context.addCookies([{ ...genuine, value }]);
      const response = await page.goto("/");
      expect(response?.status(), value).toBe(200);
      await expect(banner(page)).toBeVisible();
      expectNoTrackerHosts(response);
    }
    expect(fake.requests).toEqual([]);
  });

  test("P16: a post with an unknown category, an oversized post and a replayed post record nothing", async ({
    page,
    context,
  }) => {
    const fake = await fakeTrackers(context);
    await page.goto("/");
    const form = banner(page).locator("form").first();

    await form.evaluate((f) => {
      const extra = document.createElement("input");
      extra.type = "hidden";
      extra.name = "advertising";
      extra.value = "on";
      f.appendChild(extra);
    });
    await choose(page, "banner", "Godta alle");
    await expect(banner(page).getByRole("alert")).toBeVisible();
    expect(await context.cookies()).toEqual([]);

    await page.goto("/");
    await banner(page)
      .locator("form")
      .first()
      .evaluate((f) => {
        const extra = document.createElement("input");
        extra.type = "hidden";
        extra.name = "statistics";
        extra.value = "x".repeat(2_000_000);
        f.appendChild(extra);
      });
    await choose(page, "banner", "Godta alle");
    await expect(banner(page).getByRole("alert")).toBeVisible();
    expect(await context.cookies()).toEqual([]);

    // Accept, keep that request, refuse, then send the acceptance again.
    await page.goto("/");
    const [accepted] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"])),
      chooseAndReload(page, "banner", "Godta alle"),
    ]);
    const dialog = await openSettingsFromFooter(page);
    await chooseAndReload(page, "dialog", "Avvis alle");
    const replay = await page.request.post(accepted.url(), {
      headers: accepted.headers(),
      data: accepted.postDataBuffer() ?? "",
    });
    expect(replay.status()).toBeLessThan(500);
    expect(dialog).toBeTruthy();
    fake.reset();
    const response = await page.goto("/");
    expectNoTrackerHosts(response);
    await page.goto("/informasjonskapsler");
    await expect(page.getByText(/statistikk nei, markedsføring nei/)).toBeVisible();
    expect(fake.requests).toEqual([]);
  });
});

test.describe("security headers", () => {
  test("every page carries a Content-Security-Policy with a fresh nonce that Next.js's own scripts use", async ({
    page,
    accounts,
  }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
    });
    const nonces = new Set<string>();
    const check = async (path: string) => {
      const response = await page.goto(path);
      const policy = policyOf(response);
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce, path).toBeTruthy();
      nonces.add(nonce ?? "");
      for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'"]) {
        expect(policy, path).toContain(directive);
      }
      expect(policy, path).not.toContain("strict-dynamic");
      expect(response?.headers()["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
      expect(response?.headers()["x-content-type-options"], path).toBe("nosniff");
      const scripts = await page
        .locator("script")
        .evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).nonce));
      expect(scripts.length, path).toBeGreaterThan(0);
      for (const scriptNonce of scripts) expect(scriptNonce, path).toBe(nonce);
    };
    for (const path of [...PUBLIC_PAGES, "/glemt-passord/ny?token=ugyldig", "/finnes-ikke"])
      await check(path);
    await accounts.signIn(page, "kari.nordmann@example.com");
    for (const path of ["/min-side", "/min-side/profil"]) await check(path);
    expect(nonces.size).toBe(PUBLIC_PAGES.length + 4);
    expect(violations).toEqual([]);
  });

  test("the banner moves nothing on the page when it appears", async ({ page }) => {
    await page.goto("/");
    await expect(banner(page)).toBeVisible();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
          }).observe({ type: "layout-shift", buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    expect(shift).toBe(0);
  });
});

declare global {
  interface Window {
    gtag?: unknown;
    fbq?: unknown;
    snaptr?: unknown;
  }
}
