import { describe, expect, it } from "vitest";
import { osloClockTime, osloDateTime } from "@/platform/time/oslo-time";

describe("osloDateTime", () => {
  it("shows Norwegian wall-clock time in winter (UTC+1) and summer (UTC+2)", () => {
    expect(osloDateTime(new Date("2026-11-25T17:04:00Z"))).toBe("25. november 2026 kl. 18:04");
    expect(osloDateTime(new Date("2026-07-01T10:00:00Z"))).toBe("1. juli 2026 kl. 12:00");
  });
});

describe("osloClockTime (the offline banner's 'kl. 14:32')", () => {
  it("shows the Oslo hour and minute with two digits, in winter and summer", () => {
    expect(osloClockTime(new Date("2026-12-07T13:32:00Z"))).toBe("14:32");
    expect(osloClockTime(new Date("2026-07-01T07:05:00Z"))).toBe("09:05");
  });
});
