// The consumption and prices queries of /api/v1: what a script sends is either a range the Forbruk view
// can build, or a Norwegian reason (the 400 problem's detail) that says what to change.
import { describe, expect, it } from "vitest";
import { parseConsumptionQuery } from "@/features/personal-api/domain/consumption-query";
import { MAX_RANGE_DAYS } from "@/features/personal-api/domain/limits";
import { parsePricesQuery } from "@/features/personal-api/domain/prices-query";
import { parseQuery, ZNoQuery } from "@/features/personal-api/domain/query";

const GSRN = "707057500104827313";
const ID = "0193a6c2-8e1f-7c3a-9d2b-4f5e6a7b8c9d";

const query = (params: Record<string, string>) => new URLSearchParams(params);
const base = { meteringPointId: GSRN, from: "2026-11-01T00:00:00+01:00", to: "2026-12-01T00:00:00+01:00" };

function refused(search: URLSearchParams) {
  const result = parseConsumptionQuery(search);
  if (result.ok) throw new Error("expected a refusal");
  return result;
}

describe("the consumption query", () => {
  it("reads a month at every resolution as the Oslo days it covers", () => {
    for (const resolution of ["PT15M", "PT1H", "P1D", "P1M"]) {
      const result = parseConsumptionQuery(query({ ...base, resolution }));
      expect(result).toMatchObject({
        ok: true,
        query: { point: { gsrn: GSRN }, resolution, days: { from: "2026-11-01", to: "2026-12-01" } },
      });
      if (result.ok) expect(result.query.from.toISOString()).toBe("2026-10-31T23:00:00.000Z");
    }
  });

  it("takes a point's id as well as its GSRN, and UTC or any offset for the same instant", () => {
    const result = parseConsumptionQuery(
      query({
        meteringPointId: ID,
        from: "2026-10-31T23:00:00Z",
        to: "2026-11-01T02:00:00+02:00",
        resolution: "PT1H",
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      query: { point: { id: ID }, days: { from: "2026-11-01", to: "2026-11-02" } },
    });
  });

  it("restores a + that a shell sent unencoded (form decoding made it a space)", () => {
    const search = new URLSearchParams(
      `meteringPointId=${GSRN}&from=2026-11-01T00:00:00+01:00&to=2026-11-02T00:00:00+01:00&resolution=P1D`,
    );
    expect(search.get("from")).toBe("2026-11-01T00:00:00 01:00");
    expect(parseConsumptionQuery(search)).toMatchObject({
      ok: true,
      query: { days: { from: "2026-11-01" } },
    });
  });

  it("a range over the maximum names the maximum; the maximum itself is allowed", () => {
    const longest = parseConsumptionQuery(
      query({ ...base, to: "2026-12-02T00:00:00+01:00", resolution: "PT15M" }),
    );
    expect(longest.ok).toBe(true);
    expect(MAX_RANGE_DAYS.PT15M).toBe(31);
    const tooLong = refused(query({ ...base, to: "2026-12-02T00:15:00+01:00", resolution: "PT15M" }));
    expect(tooLong).toMatchObject({ title: "Perioden er for lang", maximumDays: 31 });
    expect(tooLong.detail).toBe(
      "Med oppløsning PT15M kan perioden være høyst 31 døgn. Del den opp i flere kall.",
    );
    expect(refused(query({ ...base, to: "2027-02-03T00:00:00+01:00", resolution: "PT1H" })).maximumDays).toBe(
      93,
    );
  });

  it("refuses from at or after to, off-grid instants and unknown resolutions in Norwegian", () => {
    expect(refused(query({ ...base, to: base.from, resolution: "P1D" })).detail).toBe(
      "«from» må være før «to».",
    );
    expect(
      refused(query({ ...base, from: "2026-11-01T00:07:00+01:00", resolution: "PT15M" })).detail,
    ).toContain("helt kvarter");
    expect(
      refused(query({ ...base, from: "2026-11-01T00:15:00+01:00", resolution: "PT1H" })).detail,
    ).toContain("hel time");
    // Midnight UTC is 01:00 in Oslo: not a day's start.
    expect(refused(query({ ...base, from: "2026-11-01T00:00:00Z", resolution: "P1D" })).detail).toContain(
      "midnatt norsk tid",
    );
    expect(
      refused(query({ ...base, from: "2026-11-02T00:00:00+01:00", resolution: "P1M" })).detail,
    ).toContain("første dagen i en måned");
    expect(refused(query({ ...base, resolution: "PT30M" })).detail).toBe(
      "«resolution» må være én av PT15M, PT1H, P1D, P1M.",
    );
  });

  it("refuses a range outside 2020–2099 before any calendar arithmetic", () => {
    for (const [from, to] of [
      ["0001-01-01T00:00:00Z", "0001-01-01T01:00:00Z"],
      ["2019-12-31T23:00:00+01:00", "2020-01-01T01:00:00+01:00"],
      ["9999-12-31T00:00:00+01:00", "9999-12-31T23:00:00Z"],
    ] as const) {
      expect(refused(query({ meteringPointId: GSRN, from, to, resolution: "PT1H" })).detail).toBe(
        "Perioden må ligge mellom 2020-01-01 og 2100-01-01.",
      );
    }
  });

  it("refuses bad dates, missing offsets, a missing point, an unknown parameter and a repeated one", () => {
    expect(
      refused(query({ ...base, from: "2026-02-30T00:00:00+01:00", resolution: "P1D" })).detail,
    ).toContain("«from» må være et tidspunkt i ISO 8601 med tidssone");
    expect(refused(query({ ...base, to: "2026-12-01T00:00:00", resolution: "P1D" })).detail).toContain(
      "«to» må være et tidspunkt",
    );
    expect(refused(query({ from: base.from, to: base.to, resolution: "P1D" })).detail).toContain(
      "Oppgi «meteringPointId»",
    );
    expect(refused(query({ ...base, meteringPointId: "12345", resolution: "P1D" })).detail).toContain(
      "«meteringPointId» må være en målepunkt-ID",
    );
    expect(refused(query({ ...base, resolution: "P1D", format: "csv" })).detail).toBe(
      "Ukjent parameter: format.",
    );
    const twice = new URLSearchParams({ ...base, resolution: "P1D" });
    twice.append("resolution", "PT1H");
    expect(refused(twice).detail).toBe("Parameteren «resolution» er gitt mer enn én gang. Gi den én gang.");
  });
});

describe("the prices query and the endpoints without parameters", () => {
  it("takes a calendar date or nothing", () => {
    expect(parsePricesQuery(query({ date: "2026-12-07" }))).toEqual({
      ok: true,
      value: { date: "2026-12-07" },
    });
    expect(parsePricesQuery(query({}))).toEqual({ ok: true, value: {} });
    expect(parsePricesQuery(query({ date: "2026-02-30" }))).toMatchObject({
      ok: false,
      detail: expect.stringContaining("ÅÅÅÅ-MM-DD"),
    });
    expect(parsePricesQuery(query({ date: "i morgen" }))).toMatchObject({ ok: false });
  });

  it("an endpoint without parameters refuses any", () => {
    expect(parseQuery(ZNoQuery, query({}))).toEqual({ ok: true, value: {} });
    expect(parseQuery(ZNoQuery, query({ page: "2" }))).toEqual({
      ok: false,
      detail: "Ukjent parameter: page.",
    });
  });
});
