import { describe, expect, it } from "vitest";
import { osloDateTime, osloIso } from "@/domain/oslo-time";

describe("osloDateTime", () => {
  it("shows Norwegian wall-clock time in winter (UTC+1) and summer (UTC+2)", () => {
    expect(osloDateTime(new Date("2026-11-25T17:04:00Z"))).toBe("25. november 2026 kl. 18:04");
    expect(osloDateTime(new Date("2026-07-01T10:00:00Z"))).toBe("1. juli 2026 kl. 12:00");
  });
});

describe("osloIso", () => {
  it("writes ISO 8601 in Oslo time with the offset of that instant, across both DST changes", () => {
    expect(osloIso(new Date("2026-11-25T17:04:05.123Z"))).toBe("2026-11-25T18:04:05.123+01:00");
    expect(osloIso(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02T00:30:00.000+02:00");
    // 29 March 2026: 01:59 +01:00 is followed by 03:00 +02:00.
    expect(osloIso(new Date("2026-03-29T00:45:00Z"))).toBe("2026-03-29T01:45:00.000+01:00");
    expect(osloIso(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00:00.000+02:00");
    // 25 October 2026: 02:00–03:00 happens twice, told apart by the offset.
    expect(osloIso(new Date("2026-10-25T00:15:00Z"))).toBe("2026-10-25T02:15:00.000+02:00");
    expect(osloIso(new Date("2026-10-25T01:15:00Z"))).toBe("2026-10-25T02:15:00.000+01:00");
  });
});
