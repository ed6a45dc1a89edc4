import type { APIResponse, Browser, BrowserContext, Page } from "@playwright/test";
import { accounts } from "./accounts";
import { expect } from "./test";

export interface CapturedAction {
  headers: Record<string, string>;
  body: Buffer | null;
  /** The page the action was posted from, when a replay should go there too. */
  path?: string;
}

/** The customer search's server-action POST as a signed-in administrator sends it, to replay elsewhere. */
export async function captureStaffSearch(browser: Browser): Promise<CapturedAction> {
  const staff = await browser.newContext();
  const page = await staff.newPage();
  await accounts.signIn(page, await accounts.admin());
  await page.getByLabel("Søk etter kunde").fill("Nordmann");
  await page.getByLabel("Hvorfor trenger du opplysningene?").selectOption("inquiry");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/admin")),
    page.getByRole("button", { name: "Søk", exact: true }).click(),
  ]);
  await expect(page.getByText("Kari Nordmann")).toBeVisible();
  const captured = { headers: request.headers(), body: request.postDataBuffer() };
  await staff.close();
  return captured;
}

/** "Legg til ansatt" as an administrator posts it (with an invalid email, so nothing is created). */
export async function captureAdminCreateStaff(browser: Browser): Promise<CapturedAction> {
  const admin = await browser.newContext();
  const page = await admin.newPage();
  await accounts.signIn(page, await accounts.admin());
  await page.goto("/admin/ansatte");
  const form = page.getByRole("region", { name: "Legg til ansatt" });
  await form.getByLabel("E-post").fill("ikke-en-adresse");
  await form.getByLabel("Navn").fill("Replay Probe");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.url().includes("/admin/ansatte")),
    form.getByRole("button", { name: /Legg til/ }).click(),
  ]);
  await expect(form.getByText(/gyldig e-postadresse/)).toBeVisible();
  const captured = { headers: request.headers(), body: request.postDataBuffer() };
  await admin.close();
  return captured;
}

/** Any id no thread has: assigning or closing it changes nothing, and the action says so. */
export const NO_SUCH_INQUIRY = "00000000-0000-7000-8000-000000000000";

/**
 * The server-action POST a signed-in staff page sends: `act` fills and submits the form, `done` is
 * text the page shows once the action has answered.
 */
export async function capturePost(
  page: Page,
  act: (page: Page) => Promise<void>,
  done: string | RegExp,
): Promise<CapturedAction> {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    act(page),
  ]);
  await expect(page.getByText(done).first()).toBeVisible();
  return {
    headers: request.headers(),
    body: request.postDataBuffer(),
    path: new URL(request.url()).pathname,
  };
}

/** Points every hidden inquiryId field on the page at a thread that does not exist. */
export async function aimAtNoThread(page: Page) {
  await page.locator('input[name="inquiryId"]').evaluateAll((inputs, id) => {
    for (const input of inputs) (input as HTMLInputElement).value = id;
  }, NO_SUCH_INQUIRY);
}

/** Posts a captured action with another browser's cookies, without following a redirect. */
export function replayAction(
  context: BrowserContext,
  action: CapturedAction,
  path = action.path ?? "/admin",
): Promise<APIResponse> {
  return context.request.post(path, {
    headers: {
      "next-action": action.headers["next-action"] ?? "",
      "content-type": action.headers["content-type"] ?? "text/plain",
      accept: "text/x-component",
    },
    data: action.body ?? "",
    maxRedirects: 0,
  });
}

/**
 * The two actions of a privacy case (/admin/personvernsaker/[id]) as customer service posts them,
 * each with a missing reason so that nothing changes. `caseUrl` is a RECTIFICATION of the name.
 */
export async function capturePrivacyCaseActions(
  browser: Browser,
  caseUrl: string,
): Promise<{ transition: CapturedAction; rectify: CapturedAction }> {
  const staff = await browser.newContext();
  const page = await staff.newPage();
  await accounts.signIn(page, await accounts.support());
  await page.goto(caseUrl);
  const capture = async (button: string, path: string) => {
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.method() === "POST" && r.url().includes(path)),
      page.getByRole("button", { name: button }).click(),
    ]);
    await expect(page.getByText(/Skriv en begrunnelse/).first()).toBeVisible();
    return { headers: request.headers(), body: request.postDataBuffer() };
  };
  const path = new URL(caseUrl, "http://x").pathname;
  await page.getByLabel("Hvorfor fristen forlenges (sendes til den som spurte)").fill("");
  const transition = await capture("Forleng fristen", path);
  await page.getByLabel("Svar til kunden").fill("");
  const rectify = await capture("Rett og fullfør", path);
  await staff.close();
  return { transition, rectify };
}

/** "Opphev begrensningen" on a restriction case as customer service posts it, without a reason. */
export async function captureLiftRestriction(browser: Browser, caseUrl: string): Promise<CapturedAction> {
  const staff = await browser.newContext();
  const page = await staff.newPage();
  await accounts.signIn(page, await accounts.support());
  await page.goto(caseUrl);
  const lift = page.getByRole("button", { name: "Opphev begrensningen" });
  await expect(lift).toBeVisible();
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.url().includes(caseUrl)),
    lift.click(),
  ]);
  await expect(page.getByText(/Skriv en begrunnelse/).first()).toBeVisible();
  const captured = { headers: request.headers(), body: request.postDataBuffer() };
  await staff.close();
  return captured;
}
