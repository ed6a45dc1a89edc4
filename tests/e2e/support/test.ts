import { test as base, expect, type Page } from "@playwright/test";

let nextAddress = 1;

/**
 * Each test browses from an address of its own (TEST-NET-2, via X-Forwarded-For, which the suite's
 * server trusts for one hop: scripts/e2e-server.ts), so the per-IP sign-in throttle sees separate
 * visitors instead of one address hammering the server.
 */
export const test = base.extend({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": `198.51.100.${nextAddress++ % 250}` });
  },
});

/** The form's own alert: Next.js also renders an empty role="alert" route announcer. */
export function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

export { expect };
