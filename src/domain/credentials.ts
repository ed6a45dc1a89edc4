// Sign-in and password rules shared by the forms, the server actions and the services. Every field
// is length-capped so that a pasted 10,000-character value is a validation error, never a crash.
import { z } from "zod";

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const NEW_PASSWORD_HINT = `Minst ${PASSWORD_MIN_LENGTH} tegn, og ikke et vanlig passord eller noe med navnet ditt i. Tips: bruk en setning eller flere tilfeldige ord – det er lett å huske og vanskelig å gjette.`;

/** Login names are stored lower-cased and trimmed (see User.email). */
export const ZEmail = z
  .string({ error: "Skriv inn e-postadressen din." })
  .trim()
  .toLowerCase()
  .min(1, "Skriv inn e-postadressen din.")
  .max(EMAIL_MAX_LENGTH, `E-postadressen kan ha høyst ${EMAIL_MAX_LENGTH} tegn.`)
  .pipe(z.email({ error: "Skriv en gyldig e-postadresse, for eksempel navn@eksempel.no." }));

export const ZPasswordInput = z
  .string({ error: "Skriv inn passordet ditt." })
  .min(1, "Skriv inn passordet ditt.")
  .max(PASSWORD_MAX_LENGTH, `Passordet kan ha høyst ${PASSWORD_MAX_LENGTH} tegn.`);

export const ZLogin = z.object({ email: ZEmail, password: ZPasswordInput });
export type TLogin = z.infer<typeof ZLogin>;

export const ZPasswordResetRequest = z.object({ email: ZEmail });

/** The emailed token: 32 random bytes, base64url-encoded. */
export const ZResetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Lenken er ugyldig.");

const RETURN_PATH_MAX_LENGTH = 500;
const PROBE_ORIGIN = "http://return-path.invalid";

/**
 * `?tilbake=` is attacker-controlled: only a path on this site is accepted (no `//host`, no `/\host`,
 * no scheme), and never the login page itself, which would loop. Returns null when unsafe.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > RETURN_PATH_MAX_LENGTH) return null;
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\s]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, PROBE_ORIGIN);
  } catch {
    return null;
  }
  if (url.origin !== PROBE_ORIGIN) return null;
  if (url.pathname === "/logg-inn" || url.pathname.startsWith("/logg-inn/")) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where a user lands after signing in when no return path was given. */
export function homePathFor(role: "CUSTOMER" | "SUPPORT" | "ADMIN"): string {
  return role === "CUSTOMER" ? "/min-side" : "/admin";
}
