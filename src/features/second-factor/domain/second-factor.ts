// The second sign-in factor: a code from an authenticator app (TOTP, RFC 6238), or one of the
// single-use recovery codes. Staff must use it; customers may turn it on in Profil. The numbers here
// are enforced by src/features/second-factor/server/second-factor.ts and quoted by the pages and the README.
import { z } from "zod";
import {
  durationText,
  PASSWORD_CHANGE_ATTEMPTS,
  WRONG_CURRENT_PASSWORD,
  ZEmail,
  ZPasswordInput,
} from "@/features/sign-in";
import { osloDateLong } from "@/platform/time/oslo-time";

/** A code from the app changes every 30 seconds (the RFC 6238 default that every app expects). */
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes for one time step before or after the server's clock are accepted too: phone clocks drift. */
export const TOTP_WINDOW_STEPS = 1;

/**
 * Codes tried for one account (app or recovery codes, at sign-in, enrolment or opt-out) before
 * checking pauses, and the window they are counted in. A right code starts the count again.
 */
export const SECOND_FACTOR_ATTEMPTS = { limit: 5, windowMinutes: 15 } as const;

/**
 * A secret shown for setting up the app is good for this long, and only in the browser session it
 * was shown in: after that, or in another session, set-up starts over with a new secret.
 */
export const TOTP_ENROLMENT_MINUTES = 30;

/** Recovery codes issued when the app is set up; each works once. */
export const RECOVERY_CODE_COUNT = 10;
/** Crockford's base32: no i, l, o or u, so a code read aloud or from paper is hard to mistype. */
export const RECOVERY_CODE_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
/** 10 characters of 5 bits each: 50 random bits per code. */
export const RECOVERY_CODE_LENGTH = 10;

/** Long enough for a recovery code typed with spaces and dashes; anything longer is not a code. */
export const CODE_INPUT_MAX_LENGTH = 40;

const RECOVERY_CODE_PATTERN = new RegExp(`^[${RECOVERY_CODE_ALPHABET}]{${RECOVERY_CODE_LENGTH}}$`);
const TOTP_CODE_PATTERN = new RegExp(`^\\d{${TOTP_DIGITS}}$`);

/** "AB3CD-EF4GH", "ab3cd ef4gh" and "ab3cdef4gh" are the same code; O, I and L read as 0, 1 and 1. */
export function normaliseRecoveryCode(value: string): string {
  return value.toLowerCase().replace(/[\s-]/g, "").replace(/o/g, "0").replace(/[il]/g, "1");
}

/** "ab3cdef4gh" → "ab3cd-ef4gh": how a recovery code is shown. */
export function formatRecoveryCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)}-${code.slice(half)}`;
}

/** "JBSWY3DPEHPK3PXP…" in groups of four, for typing a secret into an app by hand. */
export function groupSecret(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(" ") ?? secret;
}

export type SecondFactorCode = { method: "totp" | "recovery-code"; code: string };

const CODE_MISSING = "Skriv inn koden.";
const CODE_INVALID = `Skriv de ${TOTP_DIGITS} sifrene fra appen, eller en gjenopprettingskode på ${RECOVERY_CODE_LENGTH} tegn.`;

/** One field for both kinds of code: six digits from the app, or a ten-character recovery code. */
export const ZSecondFactorCode = z
  .string({ error: CODE_MISSING })
  .max(CODE_INPUT_MAX_LENGTH, CODE_INVALID)
  .trim()
  .min(1, CODE_MISSING)
  .transform((value, context): SecondFactorCode => {
    const digits = value.replace(/\s/g, "");
    if (TOTP_CODE_PATTERN.test(digits)) return { method: "totp", code: digits };
    const recovery = normaliseRecoveryCode(value);
    if (RECOVERY_CODE_PATTERN.test(recovery)) return { method: "recovery-code", code: recovery };
    context.addIssue({ code: "custom", message: CODE_INVALID });
    return z.NEVER;
  });

/** Setting up the app is confirmed with a code from it: a recovery code proves nothing about the app. */
export const ZTotpCode = z
  .string({ error: CODE_MISSING })
  .max(CODE_INPUT_MAX_LENGTH, `Skriv de ${TOTP_DIGITS} sifrene fra appen.`)
  .transform((value) => value.replace(/\s/g, ""))
  .pipe(
    z.string().min(1, CODE_MISSING).regex(TOTP_CODE_PATTERN, `Skriv de ${TOTP_DIGITS} sifrene fra appen.`),
  );

/**
 * `?tilbake=` carried through the code step; checked with safeReturnPath before it is used. A hidden
 * field the user cannot fix: one too long to be a return path is dropped, not reported.
 */
const ZReturnPathField = z.string().max(500).optional().catch(undefined);

export const ZSecondFactorSignIn = z.object({ code: ZSecondFactorCode, tilbake: ZReturnPathField });
export const ZTotpConfirmation = z.object({ code: ZTotpCode, tilbake: ZReturnPathField });
/** A customer turning it on in Profil: the password too, which a borrowed session does not have. */
export const ZSecondFactorOptIn = ZTotpConfirmation.extend({ currentPassword: ZPasswordInput });
export const ZSecondFactorDisable = z.object({ code: ZSecondFactorCode });
export const ZSecondFactorReset = z.object({ email: ZEmail });

/** What a signed-in browser still has to do before it is fully signed in. */
export type PendingSecondFactor = "code" | "enrolment";

/**
 * Staff always need a second factor and set up the app on their first sign-in; customers need one
 * only once they have turned it on. A session that has passed it owes nothing more.
 */
export function pendingSecondFactor(session: {
  role: "CUSTOMER" | "SUPPORT" | "ADMIN";
  enrolled: boolean;
  verified: boolean;
}): PendingSecondFactor | null {
  if (session.verified) return null;
  if (session.enrolled) return "code";
  return session.role === "CUSTOMER" ? null : "enrolment";
}

const SECOND_FACTOR_PAGES: Record<PendingSecondFactor, string> = {
  code: "/logg-inn/kode",
  enrolment: "/logg-inn/totp-oppsett",
};

/** `path?tilbake=<returnTo>`, or just `path` without a return path. */
export function withReturnPath(path: string, returnTo: string | null): string {
  return returnTo ? `${path}?${new URLSearchParams({ tilbake: returnTo })}` : path;
}

/** The page that asks for the step still owed, keeping where the user was going. */
export function secondFactorPath(pending: PendingSecondFactor, returnTo: string | null): string {
  return withReturnPath(SECOND_FACTOR_PAGES[pending], returnTo);
}

/** The failures a user can cause with a code, worded once for every form that takes one. */
export const CODE_FAILURE_MESSAGES = {
  "wrong-code": {
    field: "code",
    message:
      "Koden stemmer ikke. Bruk koden appen viser for Klarkraft nå, og sjekk at klokken på telefonen går riktig.",
    formError: "Koden stemmer ikke.",
  },
  "code-used": {
    field: "code",
    message:
      "Koden er allerede brukt. Vent til appen viser en ny kode, eller bruk en annen gjenopprettingskode.",
    formError: "Koden er allerede brukt.",
  },
  "too-many-attempts": `For mange forsøk med feil kode. Vent ${durationText(SECOND_FACTOR_ATTEMPTS.windowMinutes)} og prøv igjen.`,
} as const;

/** Confirming the app with a code: the code's failures, and the page having gone stale. */
export const TOTP_CONFIRMATION_FAILURE_MESSAGES = {
  ...CODE_FAILURE_MESSAGES,
  "not-started": "Last siden på nytt og skann QR-koden som vises da.",
  "already-enrolled": "Totrinnsinnlogging er allerede slått på. Last siden på nytt.",
  "wrong-password": {
    field: "currentPassword",
    message: WRONG_CURRENT_PASSWORD,
    formError: "Totrinnsinnlogging ble ikke slått på.",
  },
  "too-many-password-attempts": `Totrinnsinnlogging ble ikke slått på: for mange forsøk med feil passord. Vent ${durationText(PASSWORD_CHANGE_ATTEMPTS.windowMinutes)} og prøv igjen.`,
} as const;

/** "12. mars 2026": when the app was set up. */
export function enabledOnText(date: Date): string {
  return osloDateLong(date);
}
