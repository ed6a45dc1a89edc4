// The account fixtures as a test uses them: a customer or staff member of its own, made by the
// portal's own services (fixture-accounts.ts, reached through fixture-channel.ts), and signed in on
// a page by a session cookie from the portal's session store.
import http from "node:http";
import { expect, type Page } from "@playwright/test";
import type { Account, CustomerOptions, SessionCookie, SignInOptions, StaffOptions } from "./account-types";
import { E2E_ACCOUNTS_SOCKET, E2E_PORT } from "./e2e-settings";

export type { Account } from "./account-types";

function ask<T>(route: string, body: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        socketPath: E2E_ACCOUNTS_SOCKET,
        path: route,
        method: "POST",
        headers: { "content-type": "application/json" },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          if (response.statusCode === 200) resolve(JSON.parse(text) as T);
          else reject(new Error(`account fixture ${route} answered ${response.statusCode}: ${text}`));
        });
      },
    );
    request.on("error", reject);
    request.end(JSON.stringify(body));
  });
}

export const accounts = {
  /** A customer of the test's own, shaped like a demo customer (Kari unless `like` says otherwise). */
  customer: (options: CustomerOptions = {}) => ask<Account>("/customer", options),
  /** A customer-service member of the test's own, the app set up unless `app: false`. */
  support: (options: Omit<StaffOptions, "role"> = {}) =>
    ask<Account>("/staff", { ...options, role: "SUPPORT" }),
  /** An administrator of the test's own, the app set up. */
  admin: () => ask<Account>("/staff", { role: "ADMIN" }),

  /**
   * Signs the account in on this page's browser context, as a finished sign-in would (staff past
   * their code), and opens its landing page. `account` may be a demo customer's email too. The
   * session has no fresh strong proof (step-up) unless `strong`.
   */
  async signIn(page: Page, account: Account | string, { strong = false }: SignInOptions = {}): Promise<void> {
    const email = typeof account === "string" ? account : account.email;
    const home = typeof account === "string" ? "/min-side" : account.home;
    const userAgent = await page.evaluate(() => navigator.userAgent);
    const cookie = await ask<SessionCookie>("/session", { email, userAgent, strong });
    await page
      .context()
      .addCookies([{ ...cookie, url: `http://127.0.0.1:${E2E_PORT}`, httpOnly: true, sameSite: "Lax" }]);
    await page.goto(home);
    await expect(page).toHaveURL(new RegExp(`${home}$`));
  },
};

export type Accounts = typeof accounts;
