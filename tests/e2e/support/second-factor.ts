import fs from "node:fs";
import path from "node:path";
import { expect, type Page, test } from "@playwright/test";
import {
  TOTP_PERIOD_SECONDS,
  TOTP_WINDOW_STEPS,
} from "../../../src/features/second-factor/domain/second-factor";
import { totpCodeAt } from "../../support/totp";
import { E2E_DIR } from "./e2e-settings";

const STEP_MS = TOTP_PERIOD_SECONDS * 1000;
/**
 * The last time step this run has used, per account. Kept in a file, not in memory: Playwright
 * starts a new worker process after a failed test, and a forgotten step would be replayed and refused.
 * One file per account, so that workers signing in different accounts never overwrite each other.
 */
const stepsFile = (account: string) => path.join(E2E_DIR, `totp-step-${account}`);
const lastStep = {
  get(account: string): number | undefined {
    return fs.existsSync(stepsFile(account))
      ? Number(fs.readFileSync(stepsFile(account), "utf8"))
      : undefined;
  },
  set(account: string, step: number) {
    fs.writeFileSync(stepsFile(account), String(step));
  },
};

/**
 * A code the server has not accepted yet for this account: it refuses a time step it has seen
 * (replay) but accepts one step ahead, so two sign-ins in one step use the current and the next
 * code. Only when both are spent does this wait for the clock.
 */
export async function freshTotpCode(account: string, secret: string): Promise<string> {
  for (;;) {
    const now = Date.now();
    const current = Math.floor(now / STEP_MS);
    const step = Math.max(current, (lastStep.get(account) ?? current - 1) + 1);
    if (step <= current + TOTP_WINDOW_STEPS) {
      lastStep.set(account, step);
      return totpCodeAt(secret, new Date(step * STEP_MS));
    }
    // Waiting for the clock is part of the test, not a hang: give the test that time on top.
    const wait = (current + 1) * STEP_MS - now + 100;
    test.info().setTimeout(test.info().timeout + wait);
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
}

/** Six digits that no step near now accepts. */
export function wrongTotpCode(secret: string): string {
  const current = Math.floor(Date.now() / STEP_MS);
  const near = new Set([-2, -1, 0, 1, 2].map((d) => totpCodeAt(secret, new Date((current + d) * STEP_MS))));
  for (let n = 123_456; ; n++) {
    const code = String(n % 1_000_000).padStart(6, "0");
    if (!near.has(code)) return code;
  }
}

/** The code step after the password: type a code (app or recovery) and confirm. */
export async function enterCode(page: Page, code: string) {
  await expect(page).toHaveURL(/\/logg-inn\/kode/);
  await page.getByLabel("Engangskode").fill(code);
  await page.getByRole("button", { name: "Bekreft" }).click();
}

/** The secret as the set-up page shows it for typing into an app, without the spaces. */
export async function shownSecret(page: Page): Promise<string> {
  const secret = ((await page.locator("#totp-nokkel").textContent()) ?? "").replace(/\s/g, "");
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  return secret;
}
