// Listens to what src/platform/log.ts writes (JSON lines on stderr) while a test runs.
import { vi } from "vitest";

export type LogLine = Record<string, unknown> & {
  level?: string;
  event?: string;
  error?: { name?: string; code?: string; stack?: string };
};

export function captureLog() {
  const written: string[] = [];
  const spy = vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  return {
    /** Everything written, verbatim: what must not contain a message or a value a user typed. */
    text: () => written.join(""),
    /** Each line parsed; a line that is not JSON fails the test. */
    lines: (): LogLine[] =>
      written
        .join("")
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    restore: () => spy.mockRestore(),
  };
}
