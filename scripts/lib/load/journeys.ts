// The journeys of `npm run bench:load`: a customer's (sign in, Oversikt, Forbruk at three resolutions, a
// CSV export, Avtale, Meldinger, sign out) and a staff member's (the start page, a customer search
// through the page's server action, the customer card). Every answer is checked: its status and a
// marker of its content; a redirect (to /logg-inn or anywhere) where a page was asked for is an error.
import type { Answer, HttpVisitor } from "./http-visitor";
import type { LoadCustomer } from "./load-data";
import type { StepStats } from "./step-stats";

export interface JourneyContext {
  stats: StepStats;
  /** Pause between steps (a person reading), in ms. */
  thinkMs: number;
  /** Until when journeys may start and steps run (performance.now()). */
  deadline: number;
  /** Dates the Forbruk steps ask for. */
  dates: { yesterday: string; lastMonth: string; lastFullYear: string };
}

type Check = (answer: Answer) => string | null;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A page: 200 and the marker in the HTML. */
export const pageWith =
  (marker: string | RegExp): Check =>
  (a) => {
    if (a.status !== 200) return `status ${a.status}${a.headers.location ? ` → ${a.headers.location}` : ""}`;
    const found = typeof marker === "string" ? a.body.includes(marker) : marker.test(a.body);
    return found ? null : `no ${marker} in the answer`;
  };

/** A Forbruk page that shows a total above zero (it aggregated readings). */
const forbrukWithTotal: Check = (a) => {
  const bad = pageWith("Forbruk")(a);
  if (bad) return bad;
  const total = /data-testid="total-kwh">([^<]*)</.exec(a.body)?.[1] ?? "";
  return /[1-9]/.test(total) ? null : `total kWh "${total}" shows nothing metered`;
};

/** Runs one step: times it, checks it, records it; false stops the journey (it cannot go on sensibly). */
async function step(
  ctx: JourneyContext,
  name: string,
  run: () => Promise<Answer>,
  check: Check,
  requests = 1,
): Promise<boolean> {
  const started = performance.now();
  let error: string | null;
  try {
    error = check(await run());
  } catch (failure) {
    error = failure instanceof Error ? `${failure.message}${causeOf(failure)}` : String(failure);
  }
  ctx.stats.record(name, performance.now() - started, error, requests);
  if (ctx.thinkMs > 0) await pause(ctx.thinkMs);
  return error === null;
}

const causeOf = (error: Error) => {
  const code = (error as { code?: string }).code;
  return code ? ` (${code})` : "";
};

/** Signs in with the credentials form as Auth.js receives it; the answer must set a session cookie. */
export async function signIn(visitor: HttpVisitor, email: string, password: string): Promise<Answer> {
  const csrf = await visitor.request("GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const login = await visitor.request("POST", "/api/auth/callback/credentials", {
    type: "application/x-www-form-urlencoded",
    data: new URLSearchParams({ csrfToken, email, password }).toString(),
  });
  const signedIn = visitor.hasCookie("session-token") && !String(login.headers.location).includes("error");
  return { ...login, ms: csrf.ms + login.ms, status: signedIn ? 200 : login.status, body: "" };
}

async function signOut(visitor: HttpVisitor): Promise<Answer> {
  const csrf = await visitor.request("GET", "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const out = await visitor.request("POST", "/api/auth/signout", {
    type: "application/x-www-form-urlencoded",
    data: new URLSearchParams({ csrfToken }).toString(),
  });
  // Signed out: the session cookie is cleared (and Auth.js's event deleted the session row).
  return { ...out, status: out.status === 302 && !visitor.hasCookie("session-token") ? 200 : out.status };
}

export async function customerJourney(
  ctx: JourneyContext,
  visitor: HttpVisitor,
  customer: LoadCustomer,
  password: string,
): Promise<void> {
  const { yesterday, lastMonth, lastFullYear } = ctx.dates;
  visitor.clearCookies();
  const signedIn = await step(
    ctx,
    "sign in",
    () => signIn(visitor, customer.email, password),
    pageWith(""),
    2,
  );
  if (!signedIn) return;
  const get = (path: string) => () => visitor.request("GET", path);
  const forbruk = (query: string) => get(`/min-side/forbruk?${query}`);
  const steps: [string, () => Promise<Answer>, Check][] = [
    ["Oversikt", get("/min-side"), pageWith(/Hei, (<!-- -->)?Bench Kunde/)],
    ["Forbruk day by 15 min", forbruk(`periode=dag&dato=${yesterday}&opplosning=kvarter`), forbrukWithTotal],
    ["Forbruk month by day", forbruk(`periode=maned&dato=${lastMonth}&opplosning=dag`), forbrukWithTotal],
    ["Forbruk year by month", forbruk(`periode=ar&dato=${lastFullYear}&opplosning=maned`), forbrukWithTotal],
    [
      "CSV export (month by day)",
      get(`/min-side/forbruk/eksport?periode=maned&dato=${lastMonth}&opplosning=dag&format=csv`),
      (a) =>
        a.status === 200 &&
        /text\/csv/.test(String(a.headers["content-type"])) &&
        a.body.split("\n").length > 28
          ? null
          : `status ${a.status}, ${a.headers["content-type"]}, ${a.body.split("\n").length} lines`,
    ],
    ["Avtale", get("/min-side/avtale"), pageWith(">Avtale</h1>")],
    ["Meldinger", get("/min-side/meldinger"), pageWith("Spørsmål om fakturaen")],
  ];
  for (const [name, run, check] of steps) {
    if (performance.now() > ctx.deadline) return;
    await step(ctx, name, run, check);
  }
  await step(ctx, "sign out", () => signOut(visitor), pageWith(""), 2);
  ctx.stats.journeyDone("customer");
}

/**
 * The staff member's customer search as the page's form posts it: a server action (Next-Action) whose
 * arguments are the form state and the form, in React's reply encoding.
 */
function searchBody(query: string): { type: string; data: string } {
  const boundary = `----benchload${Math.random().toString(16).slice(2)}`;
  const fields: [string, string][] = [
    ["_1_q", query],
    ["_1_reason", "inquiry"],
    ["0", JSON.stringify([null, "$K1"])],
  ];
  const data = `${fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("")}--${boundary}--\r\n`;
  return { type: `multipart/form-data; boundary=${boundary}`, data };
}

export async function staffJourney(
  ctx: JourneyContext,
  visitor: HttpVisitor,
  cookie: string,
  searchActionId: string,
  customer: LoadCustomer,
): Promise<void> {
  visitor.clearCookies();
  visitor.setCookie(cookie);
  const card = `/admin/kunder/${customer.customerId}?grunn=inquiry`;
  const steps: [string, () => Promise<Answer>, Check][] = [
    ["staff: /admin", () => visitor.request("GET", "/admin"), pageWith(">Kundeservice</h1>")],
    [
      "staff: search",
      () =>
        visitor.request("POST", "/admin", searchBody(customer.email), {
          "next-action": searchActionId,
          accept: "text/x-component",
        }),
      (a) => pageWith("Fant ")(a) ?? pageWith(customer.customerId)(a),
    ],
    ["staff: customer card", () => visitor.request("GET", card), pageWith(`Bench ${customer.lastName}`)],
  ];
  for (const [name, run, check] of steps) {
    if (performance.now() > ctx.deadline) return;
    await step(ctx, name, run, check);
  }
  ctx.stats.journeyDone("staff");
}
