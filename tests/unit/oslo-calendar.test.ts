import { describe, expect, it } from "vitest";
import { bucketHours, bucketStarts, parseView, shiftView } from "@/features/consumption/domain/view";
import {
  addMonths,
  hoursInOsloDay,
  isCalendarDate,
  osloDate,
  osloIsoString,
  osloMidnight,
  osloParts,
  osloPartsIntl,
} from "@/platform/time/oslo-calendar";

describe("Oslo calendar", () => {
  it("agrees with Intl's Europe/Oslo on every hour from 2019 to 2031, DST changes included", () => {
    for (let t = Date.UTC(2019, 0, 1); t < Date.UTC(2031, 0, 1); t += 3_600_000) {
      const instant = new Date(t);
      const intl = osloPartsIntl(instant);
      const fast = osloParts(instant);
      if (intl.hour !== fast.hour || intl.d !== fast.d) expect(fast, instant.toISOString()).toEqual(intl);
    }
  });

  it("starts days at Oslo midnight in winter and summer", () => {
    expect(osloMidnight("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(osloMidnight("2026-07-15").toISOString()).toBe("2026-07-14T22:00:00.000Z");
    expect(osloDate(new Date("2025-12-31T23:00:00Z"))).toBe("2026-01-01");
  });

  it("P14: gives DST days 23 and 25 hours, 92 and 100 quarters", () => {
    expect([
      hoursInOsloDay("2026-03-29"),
      hoursInOsloDay("2025-10-26"),
      hoursInOsloDay("2026-01-15"),
    ]).toEqual([23, 25, 24]);
    const quarters = (date: string) =>
      bucketStarts({
        from: date,
        to: `${date.slice(0, 8)}${String(Number(date.slice(8)) + 1).padStart(2, "0")}`,
        resolution: "kvarter",
      }).length;
    expect([quarters("2026-03-29"), quarters("2025-10-26"), quarters("2026-01-15")]).toEqual([92, 100, 96]);
    expect(bucketHours("dag", "2025-10-26")).toBe(25);
    // March 2026: 31 × 24 − 1.
    expect(bucketHours("maned", "2026-03-01")).toBe(743);
  });

  it("writes ISO 8601 in Oslo time with the offset of that instant and milliseconds, across both DST changes", () => {
    expect(osloIsoString(new Date("2026-11-25T17:04:05.123Z"))).toBe("2026-11-25T18:04:05.123+01:00");
    expect(osloIsoString(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02T00:30:00.000+02:00");
    // 29 March 2026: 01:59 +01:00 is followed by 03:00 +02:00.
    expect(osloIsoString(new Date("2026-03-29T00:45:00Z"))).toBe("2026-03-29T01:45:00.000+01:00");
    expect(osloIsoString(new Date("2026-03-29T01:00:00Z"))).toBe("2026-03-29T03:00:00.000+02:00");
    // 26 October 2025: 02:00–03:00 happens twice, told apart by the offset.
    expect(osloIsoString(new Date("2025-10-26T00:00:00Z"))).toBe("2025-10-26T02:00:00.000+02:00");
    expect(osloIsoString(new Date("2025-10-26T01:15:00Z"))).toBe("2025-10-26T02:15:00.000+01:00");
    // Read back, every string is the instant it was written from.
    for (const iso of ["2025-10-26T00:59:59.999Z", "2026-03-29T01:00:00Z", "2026-12-31T23:00:00Z"]) {
      expect(new Date(osloIsoString(new Date(iso))).toISOString()).toBe(new Date(iso).toISOString());
    }
  });

  it("knows real calendar dates and clamps month arithmetic", () => {
    expect([
      isCalendarDate("2026-02-29"),
      isCalendarDate("2028-02-29"),
      isCalendarDate("2026-13-01"),
    ]).toEqual([false, true, false]);
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
  });
});

describe("Forbruk view parameters", () => {
  const today = "2026-11-25";
  it("defaults to this month by day", () => {
    expect(parseView({}, today)).toEqual({
      ok: true,
      view: { kind: "maned", resolution: "dag", key: "2026-11", from: "2026-11-01", to: "2026-12-01" },
    });
  });

  it("answers malformed and out-of-range parameters with a Norwegian message", () => {
    const bad = [
      { periode: "uke" },
      { periode: "dag", dato: "2026-02-30" },
      { periode: "dag", opplosning: "maned" },
      { periode: "ar", dato: "1999" },
      { periode: "maned", dato: "2027-01" },
      { periode: "maned", dato: "x".repeat(500) },
    ];
    for (const params of bad) {
      const result = parseView(params, today);
      expect(result.ok, JSON.stringify(params)).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/[æøå]|Velg|ugyldig/);
    }
  });

  it("moves to the previous and next period and the same period last year", () => {
    const parsed = parseView({ periode: "dag", dato: "2026-03-01", opplosning: "kvarter" }, today);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(shiftView(parsed.view, "forrige").key).toBe("2026-02-28");
    expect(shiftView(parsed.view, "neste").key).toBe("2026-03-02");
    expect(shiftView(parsed.view, "ifjor")).toMatchObject({ key: "2025-03-01", resolution: "kvarter" });
  });
});
