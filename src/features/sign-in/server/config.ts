import "server-only";
import { cookies, headers } from "next/headers";
import NextAuth, { type NextAuthConfig } from "next-auth";
import { decode } from "next-auth/jwt";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/platform/env";
import { logError, logWarning } from "@/platform/log";
import { deviceLabel } from "../domain/device-label";
import { TRUSTED_DEVICE_DAYS } from "../domain/security-limits";
import { authenticate } from "./authentication";
import { decideBankIdSignIn } from "./bankid-callback";
import { bankIdProvider } from "./bankid-provider";
import { clientIpFrom } from "./client-ip";
import { createSession, revokeSession, SESSION_LIFETIME_MS } from "./session-store";
import { TRUSTED_DEVICE_COOKIE } from "./trusted-device";

declare module "@auth/core/jwt" {
  interface JWT {
    sid?: string;
  }
}

/** Where Auth.js sends a refused sign-in; for BankID's callback, auth-route.ts turns that into words. */
export const AUTH_ERROR_PAGE = "/logg-inn";

/**
 * The session cookie is a signed, encrypted JWT that carries nothing but the id of an AuthSession
 * row (no name, email or role). Lazy config, so env() is read when a request comes, not at build.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(
  (): NextAuthConfig => ({
    secret: env().AUTH_SECRET,
    trustHost: true,
    // From the configured address, not each request's protocol: the cookie's name and Secure flag are
    // the same for every request, and sessionIdFromAuth reads that one name.
    useSecureCookies: env().APP_URL.startsWith("https:"),
    session: { strategy: "jwt", maxAge: SESSION_LIFETIME_MS / 1000 },
    pages: { signIn: "/logg-inn", error: AUTH_ERROR_PAGE },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          const jar = await cookies();
          const result = await authenticate({
            email: credentials.email,
            password: credentials.password,
            ip: clientIpFrom(request.headers),
            deviceToken: jar.get(TRUSTED_DEVICE_COOKIE)?.value,
          });
          if (!result.ok) return null;
          jar.set(TRUSTED_DEVICE_COOKIE, result.deviceToken, {
            httpOnly: true,
            sameSite: "lax",
            secure: env().APP_URL.startsWith("https:"),
            path: "/",
            maxAge: TRUSTED_DEVICE_DAYS * 24 * 60 * 60,
          });
          return { id: result.userId };
        },
      }),
      bankIdProvider(),
    ],
    callbacks: {
      // Only BankID needs a decision here: the ID token is valid, but whose account, and for what?
      // Auth.js gave `user` a random id; a sign-in replaces it with the account's.
      async signIn({ user, account, profile }) {
        if (account?.provider !== bankIdProvider().id) return true;
        const decision = await decideBankIdSignIn(
          { claims: { ...profile }, idToken: account.id_token },
          await sessionIdFromAuth(),
        );
        if ("redirectTo" in decision) return decision.redirectTo;
        user.id = decision.signInUserId;
        return true;
      },
      async jwt({ token, user, account, trigger }) {
        if (trigger === "signIn" || trigger === "signUp") {
          if (!user?.id) return null;
          const { sessionId } = await createSession(
            user.id,
            new Date(),
            deviceLabel((await headers()).get("user-agent")),
            // BankID proves the person strongly: it stands for the second factor and a step-up.
            account?.provider === bankIdProvider().id,
          );
          return { sid: sessionId };
        }
        // Also on trigger "update": a client-supplied session update must never change the sid.
        return typeof token.sid === "string" ? { sid: token.sid } : null;
      },
      // What /api/auth/session shows to page JavaScript: only the expiry, never the session row id.
      // Server code reads the id with sessionIdFromAuth().
      session({ session }) {
        return { expires: session.expires };
      },
    },
    events: {
      // Covers a sign-out through /api/auth/signout too, not only signOutAction.
      async signOut(message) {
        if ("token" in message && typeof message.token?.sid === "string") {
          await revokeSession(message.token.sid);
        }
      },
    },
    logger: {
      // Auth.js logs error messages and causes, which can quote form input (emails). A failed
      // password is expected and already in the audit log.
      error(error) {
        if ((error as { type?: string }).type === "CredentialsSignin") return;
        const cause = (error as { cause?: { err?: unknown } }).cause?.err;
        logError("auth", error);
        if (cause) logError("auth.cause", cause);
        // An identity provider's OAuth error code ("invalid_grant"): a fixed word, never user input.
        const oauthError = (cause as { error?: unknown } | undefined)?.error;
        if (typeof oauthError === "string" && /^[a-z_]{1,40}$/.test(oauthError)) {
          logWarning("auth.provider-error", oauthError);
        }
      },
    },
  }),
);

/**
 * Auth.js's session cookie: the __Secure- name when the portal is served over https, and then only that
 * one, as auth() reads it: a plain-named cookie can be set by a sibling subdomain or over http.
 */
const sessionCookieName = () =>
  env().APP_URL.startsWith("https:") ? "__Secure-authjs.session-token" : "authjs.session-token";

/**
 * The AuthSession row id behind this request's cookie, or null. Decrypts the cookie as auth() would
 * (the cookie name is the key's salt; a forged or expired token does not decode) without auth()'s
 * work for every render: a CSRF token, and a re-encrypted session cookie a page cannot set anyway.
 * The row's own expiry and idle limit rule, not the cookie's. Resolve the id with getSessionUser(),
 * never trust it alone.
 */
export async function sessionIdFromAuth(): Promise<string | null> {
  const name = sessionCookieName();
  const token = (await cookies()).get(name)?.value;
  if (!token) return null;
  const payload = await decode({ token, secret: env().AUTH_SECRET, salt: name }).catch(() => null);
  return typeof payload?.sid === "string" ? payload.sid : null;
}
