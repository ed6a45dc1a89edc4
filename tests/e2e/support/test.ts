import { test as base, expect, type Page } from "@playwright/test";
import { type Accounts, accounts } from "./accounts";

let nextAddress = 1;

/**
 * Each test browses from an address of its own (TEST-NET-2, via X-Forwarded-For, which the suite's
 * server trusts for one hop: scripts/e2e-server.ts), so the per-IP sign-in throttle sees separate
 * visitors instead of one address hammering the server. `accounts` makes the test's own customers and
 * staff and signs them in (support/accounts.ts).
 */
export const test = base.extend<{ accounts: Accounts }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  extraHTTPHeaders: async ({}, use, testInfo) => {
    // Workers run side by side: each counts in a block of addresses of its own.
    const address = (testInfo.parallelIndex * 50 + (nextAddress++ % 50)) % 250;
    await use({ "x-forwarded-for": `198.51.100.${address}` });
  },
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this pattern.
  accounts: async ({}, use) => {
    await use(accounts);
  },
});

/** The form's own alert: Next.js also renders an empty role="alert" route announcer. */
export function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

export { expect };
