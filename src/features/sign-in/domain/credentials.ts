// Sign-in and password rules shared by the forms, the server actions and the services. Every field
// is length-capped so that a pasted 10,000-character value is a validation error, never a crash.
import { z } from "zod";

export const EMAIL_MAX_LENGTH = 254;
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const NEW_PASSWORD_HINT = `Minst ${PASSWORD_MIN_LENGTH} tegn, og ikke et vanlig passord, et vanlig ord med tall eller tegn etter, eller noe med navnet ditt i. Tips: bruk en setning eller flere tilfeldige ord – det er lett å huske og vanskelig å gjette.`;

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

/** A signed-in user's password, asked again before a change that matters, typed wrong. */
export const WRONG_CURRENT_PASSWORD = "Passordet stemmer ikke. Skriv passordet du logger inn med nå.";

export const ZLogin = z.object({ email: ZEmail, password: ZPasswordInput });
export type TLogin = z.infer<typeof ZLogin>;

export const ZPasswordResetRequest = z.object({ email: ZEmail });

/** The emailed token: 32 random bytes, base64url-encoded. */
export const ZResetToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "Lenken er ugyldig.");

const RETURN_PATH_MAX_LENGTH = 500;
const PROBE_ORIGIN = "http://return-path.invalid";
/** URL parsers drop tabs and newlines and read "\\" as "/": a path containing them is never taken. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects.
const AMBIGUOUS_CHARACTERS = /[\s\\\u0000-\u001f\u007f]/;
/** "%252F" is "/" after two decodings; more layers than this are refused rather than unwrapped. */
const MAX_DECODING_ROUNDS = 3;

function parseOnSite(value: string): URL | null {
  try {
    const url = new URL(value, PROBE_ORIGIN);
    return url.origin === PROBE_ORIGIN ? url : null;
  } catch {
    return null;
  }
}

/** Exactly one leading slash: "//host" and "/\\host" are other sites to a browser. */
function isPlainPath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !AMBIGUOUS_CHARACTERS.test(path);
}

function decodePath(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/**
 * Query parameters a return path never carries. Each records a choice the user makes on the page
 * (`grunn`: the reason for an audited look at a customer, written into the audit log as theirs) or
 * confirms something they have just done (`melding`, `lagret`, `finnes`). The redirect after signing
 * in is same-origin, so `requestedFromOwnSite()` cannot tell that a link from another site chose them:
 * the page is reached without them and asks, or shows no confirmation.
 */
export const INTENT_PARAMETERS: readonly string[] = ["grunn", "melding", "lagret", "finnes"];

/** The query without the intent parameters (by their decoded names, as the page reads them). */
function queryWithoutIntent(url: URL): string {
  const params = new URLSearchParams(url.search);
  if (!INTENT_PARAMETERS.some((name) => params.has(name))) return url.search;
  for (const name of INTENT_PARAMETERS) params.delete(name);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/**
 * `?tilbake=` is attacker-controlled: only a path on this site is accepted, and never the login page
 * itself, which would loop. The check runs on the path as URL parsing normalises it ("/.//x" and
 * "/%2e//x" become "//x" only then) and on every decoding of it, since a proxy or browser may turn
 * "%2F" into "/". Returns the normalised path with its query (less INTENT_PARAMETERS) and fragment,
 * or null when unsafe.
 */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== "string" || value.length > RETURN_PATH_MAX_LENGTH || !isPlainPath(value)) return null;
  const url = parseOnSite(value);
  if (!url) return null;
  let path = url.pathname;
  for (let round = 0; round <= MAX_DECODING_ROUNDS; round++) {
    if (!isPlainPath(path)) return null;
    const decoded = decodePath(path);
    if (decoded === null || !isPlainPath(decoded)) return null;
    const reparsed = parseOnSite(decoded)?.pathname;
    if (reparsed === undefined) return null;
    if (reparsed === path) {
      if (path === "/logg-inn" || path.startsWith("/logg-inn/")) return null;
      return `${url.pathname}${queryWithoutIntent(url)}${url.hash}`;
    }
    path = reparsed;
  }
  return null;
}

/** Where a user lands after signing in when no return path was given. */
export function homePathFor(role: "CUSTOMER" | "SUPPORT" | "ADMIN"): string {
  return role === "CUSTOMER" ? "/min-side" : "/admin";
}
