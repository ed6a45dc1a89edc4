import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { logError, logWarning, NamedFailure } from "@/platform/log";
import { captureLog } from "../support/log-lines";

describe("the log", () => {
  let log: ReturnType<typeof captureLog>;
  beforeEach(() => {
    log = captureLog();
  });
  afterEach(() => log.restore());

  it("P20: a logged error is one JSON line with level, time, event, name, code and stack, and never its message", () => {
    const failure = Object.assign(new Error("duplicate key value (email)=(kari.nordmann@example.com)"), {
      code: "P2002",
    });
    logError("contact.update", failure);

    const [line, ...more] = log.lines();
    expect(more).toEqual([]);
    expect(line).toMatchObject({
      level: "error",
      event: "contact.update",
      error: { name: "Error", code: "P2002" },
    });
    expect(Date.parse(String(line?.time))).not.toBeNaN();
    expect(line?.error?.stack).toMatch(/^at .*log\.test\.ts/);
    expect(log.text()).not.toMatch(/kari|nordmann|duplicate key/);
  });

  it("P20: a message over several lines, one dressed as a stack frame, stays out of the stack", () => {
    logError("auth", new TypeError("Invalid input\n    at kari.nordmann@example.com (12345678901)"));

    expect(log.lines()).toMatchObject([{ event: "auth", error: { name: "TypeError" } }]);
    expect(log.text()).not.toMatch(/kari|12345678901|Invalid input/);
  });

  it("logs a failure our code named by its code without a stack, and anything thrown by its type", () => {
    logError("registry.elhub", new NamedFailure("HTTP_503"));
    logError("jobs", "a thrown string with kari@example.com");

    const [named, thrown] = log.lines();
    expect(named?.error).toEqual({ name: "Error", code: "HTTP_503" });
    expect(thrown?.error).toEqual({ name: "string" });
    expect(log.text()).not.toContain("kari");
  });

  it("writes a warning with its level and fixed detail, and no request id outside a request", () => {
    logWarning("database.stale-lock", "data/pglite was left locked");

    const [line] = log.lines();
    expect(line).toMatchObject({
      level: "warn",
      event: "database.stale-lock",
      detail: "data/pglite was left locked",
    });
    expect(line).not.toHaveProperty("requestId");
  });
});
