// Limits that users are told about. The services enforce these numbers and the pages, mails and
// the privacy register quote them, so the text cannot drift from the rule.

/** A "Glemt passord" link works this long, once. */
export const RESET_LINK_VALID_MINUTES = 30;

/** A signed-in session ends this long after login, however active the user is. */
export const SESSION_MAX_HOURS = 8;

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

export const MINUTE_MS = 60_000;
