// A relying party and a browser, over real HTTP, against the local BankID provider: the party is
// oauth4webapi (the client library next-auth runs on), the browser a cookie jar that follows the
// provider's redirects by hand and posts the picker form as a person would.
import * as oauth from "oauth4webapi";
import { BANKID_SCOPE } from "@/platform/bankid/claims";

export const TEST_CLIENT = {
  clientId: "test-client",
  clientSecret: "test-client-secret-0123456789",
  redirectUri: "http://127.0.0.1:9/api/auth/callback/bankid-no",
};

const insecure = { [oauth.allowInsecureRequests]: true } as const;

export async function discover(issuer: string): Promise<oauth.AuthorizationServer> {
  const url = new URL(issuer);
  return oauth.processDiscoveryResponse(url, await oauth.discoveryRequest(url, insecure));
}

export const relyingParty: oauth.Client = {
  client_id: TEST_CLIENT.clientId,
  token_endpoint_auth_method: "client_secret_post",
};

/** What a browser keeps between requests to the provider (paths ignored: one flow per jar). */
export class Browser {
  readonly #cookies = new Map<string, string>();

  async request(url: string | URL, init: { method?: string; form?: Record<string, string> } = {}) {
    const response = await fetch(url, {
      method: init.method ?? (init.form ? "POST" : "GET"),
      redirect: "manual",
      headers: {
        cookie: [...this.#cookies].map(([name, value]) => `${name}=${value}`).join("; "),
        ...(init.form ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body: init.form ? new URLSearchParams(init.form) : undefined,
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const name = pair.slice(0, pair.indexOf("=")).trim();
      const value = pair.slice(pair.indexOf("=") + 1);
      if (value) this.#cookies.set(name, value);
      else this.#cookies.delete(name);
    }
    return response;
  }
}

export interface AuthorizationAttempt {
  as: oauth.AuthorizationServer;
  browser: Browser;
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The response to /authorize: a redirect to the picker page, or an error. */
  response: Response;
}

/** Starts a sign-in as next-auth's BankID provider does: PKCE (S256), state, nonce, its scope and hints. */
export async function authorize(
  issuer: string,
  overrides: Record<string, string | null> = {},
): Promise<AuthorizationAttempt> {
  const as = await discover(issuer);
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const nonce = oauth.generateRandomNonce();
  const url = new URL(as.authorization_endpoint as string);
  const params: Record<string, string | null> = {
    client_id: TEST_CLIENT.clientId,
    redirect_uri: TEST_CLIENT.redirectUri,
    response_type: "code",
    scope: BANKID_SCOPE,
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: "S256",
    ui_locales: "no",
    login_hint: "BIS",
    ...overrides,
  };
  for (const [name, value] of Object.entries(params)) if (value !== null) url.searchParams.set(name, value);
  const browser = new Browser();
  return { as, browser, state, nonce, codeVerifier, response: await browser.request(url) };
}

/** The picker page's address from /authorize's redirect. */
export function pickerUrl(attempt: AuthorizationAttempt): URL {
  const location = attempt.response.headers.get("location");
  if (attempt.response.status !== 303 || !location) {
    throw new Error(`expected a redirect to the picker, got ${attempt.response.status}`);
  }
  return new URL(location, attempt.as.issuer);
}

/** Posts the picker form and follows the provider back to the client's redirect URI. */
export async function choose(attempt: AuthorizationAttempt, form: Record<string, string>): Promise<URL> {
  const page = pickerUrl(attempt);
  const posted = await attempt.browser.request(page, { form: { action: "login", ...form } });
  let location = posted.headers.get("location");
  for (let hops = 0; location && !location.startsWith(TEST_CLIENT.redirectUri) && hops < 5; hops++) {
    const next = await attempt.browser.request(new URL(location, attempt.as.issuer));
    location = next.headers.get("location");
  }
  if (!location) throw new Error(`the provider did not send the browser back (status ${posted.status})`);
  return new URL(location);
}

/** The code exchange next-auth makes (client_secret_post); `codeVerifier` null leaves it out. */
export async function exchange(
  attempt: AuthorizationAttempt,
  callback: URL,
  codeVerifier: string | null = attempt.codeVerifier,
): Promise<Response> {
  const params = oauth.validateAuthResponse(attempt.as, relyingParty, callback, attempt.state);
  if (codeVerifier === null) {
    return fetch(attempt.as.token_endpoint as string, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        grant_type: "authorization_code",
        code: params.get("code") ?? "",
        redirect_uri: TEST_CLIENT.redirectUri,
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
      }),
    });
  }
  return oauth.authorizationCodeGrantRequest(
    attempt.as,
    relyingParty,
    oauth.ClientSecretPost(TEST_CLIENT.clientSecret),
    params,
    TEST_CLIENT.redirectUri,
    codeVerifier,
    insecure,
  );
}

/** oauth4webapi's checks of the token response and its ID token, then of the token's signature. */
export async function validatedClaims(attempt: AuthorizationAttempt, response: Response) {
  const result = await oauth.processAuthorizationCodeResponse(attempt.as, relyingParty, response, {
    expectedNonce: attempt.nonce,
    requireIdToken: true,
  });
  await oauth.validateApplicationLevelSignature(attempt.as, response, insecure);
  return {
    idToken: result.id_token as string,
    accessToken: result.access_token,
    claims: oauth.getValidatedIdTokenClaims(result),
  };
}

/** A whole sign-in: authorize, choose on the page, exchange the code, validate. */
export async function signIn(issuer: string, form: Record<string, string>) {
  const attempt = await authorize(issuer);
  const response = await exchange(attempt, await choose(attempt, form));
  return { ...(await validatedClaims(attempt, response)), attempt };
}
