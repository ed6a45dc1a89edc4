import "server-only";

/**
 * The one way server code writes to the log. Error messages are never printed: driver, SMTP and
 * Auth.js messages can quote what a user typed (emails, names, national ID numbers) or connection
 * strings. A line carries an event name, the error's name and its code, and nothing else.
 */
export function logError(event: string, error: unknown): void {
  console.error(`[${event}] ${describeError(error)}`);
}

/** "TypeError", "Error code=ECONNREFUSED", "P2002": enough to find the cause, nothing personal. */
export function describeError(error: unknown): string {
  const name = errorName(error);
  const code = (error as { code?: unknown } | null)?.code;
  const safeCode = typeof code === "string" && /^[\w.-]{1,40}$/.test(code) ? code : undefined;
  return safeCode ? `${name} code=${safeCode}` : name;
}

function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  // Auth.js errors carry their kind in `type`: the production build minifies class names.
  const type = (error as { type?: unknown }).type;
  return typeof type === "string" ? type : error.name;
}

/** A condition an operator should know of; `detail` is fixed wording with ids and paths, never user input. */
export function logWarning(event: string, detail: string): void {
  console.warn(`[${event}] ${detail}`);
}
