import { describe, expect, it } from "vitest";
import {
  deadlineAfter,
  deadlineText,
  extendedDueAt,
  responseDueAt,
} from "@/features/privacy/domain/request-deadline";
import { addMonths, osloMidnight } from "@/platform/time/oslo-calendar";

describe("privacy request deadlines (GDPR Art. 12(3))", () => {
  it("is due at the end of the same date next month, Oslo time", () => {
    // 14 March 2026 10:00 in Oslo (CET, +01:00) → answered by the end of 14 April (CEST, +02:00).
    expect(responseDueAt(new Date("2026-03-14T09:00:00Z")).toISOString()).toBe("2026-04-14T22:00:00.000Z");
  });

  it("takes the receipt date in Oslo, not in UTC", () => {
    // 23:30 UTC on 31 October is already 1 November in Oslo: due by the end of 1 December.
    expect(responseDueAt(new Date("2026-10-31T23:30:00Z")).toISOString()).toBe("2026-12-01T23:00:00.000Z");
  });

  it("ends on the last day of a shorter month", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
    // 31 January 2026 noon → end of 28 February 2026 = 1 March 00:00 Oslo (+01:00).
    expect(responseDueAt(new Date("2026-01-31T11:00:00Z")).toISOString()).toBe("2026-02-28T23:00:00.000Z");
  });

  it("crosses the year end", () => {
    expect(responseDueAt(new Date("2026-12-15T12:00:00Z")).toISOString()).toBe("2027-01-15T23:00:00.000Z");
    expect(addMonths("2026-11-30", 3)).toBe("2027-02-28");
  });

  it("allows at most two further months when extended", () => {
    expect(extendedDueAt(new Date("2026-11-30T12:00:00Z")).toISOString()).toBe("2027-02-28T23:00:00.000Z");
    expect(extendedDueAt(new Date("2026-05-31T12:00:00Z"))).toEqual(
      deadlineAfter(new Date("2026-05-31T12:00:00Z"), 3),
    );
  });

  it("finds Oslo midnight on both sides of a DST change", () => {
    expect(osloMidnight("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(osloMidnight("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(osloMidnight("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(osloMidnight("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("is told as its last day, never as the midnight instant it is stored as", () => {
    const due = responseDueAt(new Date("2026-12-07T10:00:00Z"));
    expect(due.toISOString()).toBe("2027-01-07T23:00:00.000Z");
    expect(deadlineText(due)).toBe("7. januar 2027");
  });
});
