// The service worker as a browser test sees it: waiting for it to control the page, and what its
// personal cache holds (src/features/offline/worker/personal-cache.ts).
import { expect, type Page } from "@playwright/test";

const PERSONAL_CACHE = "min-side-personal-v1";

/** Waits until the service worker is installed and controls this page. */
export async function waitForWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** The paths (with their query) of the pages the personal cache holds, or [] when it is gone. */
export function personalCopies(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    const keys = await (await caches.open(name)).keys();
    return keys
      .map((request) => new URL(request.url))
      .filter((url) => !url.pathname.startsWith("/__"))
      .map((url) => url.pathname + url.search);
  }, PERSONAL_CACHE);
}

/** Waits until the worker has kept its copy of `path`, and says when it fetched it (epoch ms). */
export async function copyKept(page: Page, path: string): Promise<number> {
  await expect.poll(() => personalCopies(page), { timeout: 15_000 }).toContain(path);
  return page.evaluate(
    async ({ name, path }) => {
      const response = await (await caches.open(name)).match(path);
      return Number(response?.headers.get("x-offline-fetched-at"));
    },
    { name: PERSONAL_CACHE, path },
  );
}

/** "kl. 14:32" for an instant, as the offline banner words it. */
export function osloClock(epochMs: number): string {
  const time = new Intl.DateTimeFormat("nb-NO", {
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "Europe/Oslo",
  }).format(new Date(epochMs));
  return `kl. ${time}`;
}
