import "server-only";
import pino from "pino";
import { currentRequestId } from "@/platform/request-id";

/**
 * The one way server code writes to the log: one JSON line per entry on stderr, with `level`, `time`,
 * `event`, `requestId` while a request is handled, and for an error its name, its code and, when the
 * error is unexpected, the stack's frames. Error messages are never written: driver, SMTP and Auth.js
 * messages can quote what a user typed (emails, names, national ID numbers) or connection strings.
 */

/** A failure our own code detected and named by its code (a registry's HTTP 503): its stack adds nothing. */
export class NamedFailure extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

// A second line of defence: no caller passes these, but a field of this name never reaches a line.
const PERSONAL_FIELDS = [
  "email",
  "phone",
  "firstName",
  "lastName",
  "fullName",
  "nationalId",
  "address",
  "password",
];

const logger = pino(
  {
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: { paths: PERSONAL_FIELDS.flatMap((field) => [field, `*.${field}`]), censor: "[redacted]" },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  },
  // Looked up on every line, not captured once, so that a test can listen to stderr.
  { write: (line: string) => process.stderr.write(line) },
);

export function logError(event: string, error: unknown): void {
  logger.error({ event, error: errorFields(error) });
}

/** A condition an operator should know of; `detail` is fixed wording with ids and paths, never user input. */
export function logWarning(event: string, detail: string): void {
  logger.warn({ event, detail });
}

/** "TypeError", "Error code=ECONNREFUSED", "P2002": enough to find the cause, nothing personal. */
export function describeError(error: unknown): string {
  const { name, code } = errorFields(error);
  return code ? `${name} code=${code}` : name;
}

function errorFields(error: unknown): { name: string; code?: string; stack?: string } {
  const code = (error as { code?: unknown } | null)?.code;
  const safeCode = typeof code === "string" && /^[\w.-]{1,40}$/.test(code) ? code : undefined;
  const stack = error instanceof Error && !(error instanceof NamedFailure) ? stackFrames(error) : undefined;
  return { name: errorName(error), ...(safeCode && { code: safeCode }), ...(stack && { stack }) };
}

function errorName(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  // Auth.js errors carry their kind in `type`: the production build minifies class names.
  const type = (error as { type?: unknown }).type;
  return typeof type === "string" ? type : error.name;
}

/** The "at …" lines only: a stack starts with the message, which may run over several lines. */
function stackFrames(error: Error): string | undefined {
  const stack = typeof error.stack === "string" ? error.stack : "";
  const messageAt = error.message ? stack.indexOf(error.message) : 0;
  // A message changed since the stack was taken: no telling where the old one ends, so no stack.
  if (messageAt < 0) return undefined;
  const frames = stack
    .slice(messageAt + error.message.length)
    .split("\n")
    .filter((line) => /^\s+at /.test(line));
  return frames.length ? frames.map((line) => line.trim()).join("\n") : undefined;
}
