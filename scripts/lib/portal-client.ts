// A signed-in visitor of a running portal over plain HTTP, for the smoke test: a cookie jar, the
// credentials sign-in Auth.js offers, and page fetches with the visitor's cookies.
import { DEMO_PASSWORD } from "../../tests/e2e/support/e2e-settings";

/**
 * fetch, once more when the kept-alive socket it reused had just been closed by the server (its
 * keep-alive timeout, 5 s, runs out while a test waits for a command): "other side closed". A server
 * that is down fails the second try too.
 */
async function fetchOnFreshSocket(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    if (cause?.code !== "UND_ERR_SOCKET") throw error;
    return fetch(url, init);
  }
}

export class PortalVisitor {
  private jar = new Map<string, string>();
  constructor(private base: string) {}

  private take(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (name) this.jar.set(name.trim(), value.join("="));
    }
  }

  private cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Signs a demo customer in; false when no session cookie came back. */
  async signIn(email: string): Promise<boolean> {
    const csrf = await fetchOnFreshSocket(`${this.base}/api/auth/csrf`);
    this.take(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const login = await fetchOnFreshSocket(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: this.cookie() },
      body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD }),
    });
    this.take(login);
    return this.cookie().includes("session-token");
  }

  async page(pathname: string): Promise<{ status: number; html: string }> {
    const response = await fetchOnFreshSocket(`${this.base}${pathname}`, {
      headers: { cookie: this.cookie() },
      redirect: "manual",
    });
    return { status: response.status, html: await response.text() };
  }
}

/** Waits up to two minutes for the health check; returns what it last said. */
export async function waitForHealth(base: string): Promise<{ status?: string; database?: string }> {
  let health: { status?: string; database?: string } = {};
  for (let i = 0; i < 480 && health.status !== "ok"; i++) {
    health = await fetch(`${base}/api/health`)
      .then((r) => r.json())
      .catch(() => ({}));
    if (health.status !== "ok") await new Promise((r) => setTimeout(r, 250));
  }
  return health;
}
