// Limits that users are told about. The services enforce these numbers and the pages, mails and
// the privacy register quote them, so the text cannot drift from the rule.

/** A "Glemt passord" link works this long, once. */
export const RESET_LINK_VALID_MINUTES = 30;

/** A signed-in session ends this long after login, however active the user is. */
export const SESSION_MAX_HOURS = 8;

/** Consecutive wrong passwords from unknown devices before they are locked out of an account, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOGIN_LOCK_MINUTES = 15;

/** How long a browser that signed in stays trusted (its device cookie), so lockouts of strangers spare it. */
export const TRUSTED_DEVICE_DAYS = 180;

/** A session nobody has used for this long is over: shorter for staff, who can see every customer. */
export const SESSION_IDLE_MINUTES = { staff: 30, customer: 60 } as const;

/** Wrong current passwords tried in "Bytt passord" before it pauses, and for how long. */
export const PASSWORD_CHANGE_ATTEMPTS = { limit: 5, windowMinutes: 15 } as const;

/** "1 minutt", "30 minutter", "1 time", "8 timer": how long, in Norwegian. */
export function durationText(minutes: number): string {
  if (minutes >= 60 && minutes % 60 === 0) {
    const hours = minutes / 60;
    return hours === 1 ? "1 time" : `${hours} timer`;
  }
  return minutes === 1 ? "1 minutt" : `${minutes} minutter`;
}

/** Erasure, downloads of personal data and changes of login details want a strong proof this recent (step-up). */
export const STEP_UP_MINUTES = 10;
