import { describe, expect, it } from "vitest";
import { osloDateTime } from "@/platform/time/oslo-time";

describe("osloDateTime", () => {
  it("shows Norwegian wall-clock time in winter (UTC+1) and summer (UTC+2)", () => {
    expect(osloDateTime(new Date("2026-11-25T17:04:00Z"))).toBe("25. november 2026 kl. 18:04");
    expect(osloDateTime(new Date("2026-07-01T10:00:00Z"))).toBe("1. juli 2026 kl. 12:00");
  });
});
