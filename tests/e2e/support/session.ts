import fs from "node:fs";
import path from "node:path";
import { type Cookie, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD, DEMO_STAFF, DEMO_TOTP_SECRET, E2E_DIR } from "./e2e-settings";
import { enterCode, freshTotpCode } from "./second-factor";

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  if (!page.url().includes("/logg-inn")) await page.goto("/logg-inn");
  await page.getByLabel("E-post").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

/**
 * The session cookie of this run's last sign-in per staff account. The server takes each 30-second
 * code once, so a suite signing staff in afresh in every test spends minutes waiting for the clock.
 * Kept in a file, like the used code steps, because Playwright replaces a worker after a failure.
 */
const STAFF_SESSIONS_FILE = path.join(E2E_DIR, "staff-sessions.json");
const staffSessions = {
  read(): Record<string, Cookie[]> {
    return fs.existsSync(STAFF_SESSIONS_FILE) ? JSON.parse(fs.readFileSync(STAFF_SESSIONS_FILE, "utf8")) : {};
  },
  get(email: string): Cookie[] | undefined {
    return this.read()[email];
  },
  set(email: string, cookies: Cookie[]) {
    fs.writeFileSync(STAFF_SESSIONS_FILE, JSON.stringify({ ...this.read(), [email]: cookies }));
  },
};

/**
 * Signs in and waits for the landing page. Demo staff with the app set up also give the code computed
 * from the documented secret, unless the account's session from an earlier test is still valid: then
 * this test goes on in that session. Tests of signing in itself use logIn and enterCode.
 */
export async function logInAndWait(page: Page, email: string, landing: RegExp) {
  if (!DEMO_STAFF.some((member) => member.email === email && member.totp)) {
    await logIn(page, email);
    await expect(page).toHaveURL(landing);
    return;
  }
  const saved = staffSessions.get(email);
  if (saved) {
    await page.context().addCookies(saved);
    await page.goto("/admin");
    // Signed out, expired or revoked by an earlier test: the staff page sends the visitor to sign in.
    if (landing.test(new URL(page.url()).pathname)) return;
    await page.context().clearCookies({ name: /session-token$/ });
  }
  await logIn(page, email);
  await enterCode(page, await freshTotpCode(email, DEMO_TOTP_SECRET));
  await expect(page).toHaveURL(landing);
  const session = (await page.context().cookies()).filter((cookie) => cookie.name.endsWith("session-token"));
  staffSessions.set(email, session);
}

export const GENERIC_LOGIN_ERROR = /Feil e-post eller passord/;
