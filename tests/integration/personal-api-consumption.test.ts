// GET /api/v1/consumption against the Forbruk download: for October 2025 (a 25-hour day on the 26th, a
// missing hour on the 10th) the API's rows are the download's rows for the same period, at every
// resolution the download offers, and the quarters add up to the same kWh and øre. Another customer's
// point is 404, a range over the maximum is 400 naming it.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as consumptionApi } from "@/app/api/v1/consumption/route";
import { GET as forbrukExport } from "@/app/min-side/forbruk/eksport/route";
import { ZConsumption } from "@/features/personal-api/domain/schemas/consumption";
import { sessionIdFromAuth } from "@/features/sign-in/server/config";
import { createSession } from "@/features/sign-in/server/session-store";
import { db } from "@/platform/db";
import { kronerDecimal } from "@/platform/format/display";
import { addDays, osloMidnight } from "@/platform/time/oslo-calendar";
import { createContract, createMeteringPoint, createSupplyPeriod } from "../support/factories";
import { apiGet, customerWithToken, okJson, problemOf } from "../support/personal-api";

// The export reads the session cookie through sessionIdFromAuth(); here it is the test's own session.
vi.mock("@/features/sign-in/server/config", () => ({ sessionIdFromAuth: vi.fn(), signOut: vi.fn() }));

const QUARTER = 900_000;
let owner: Awaited<ReturnType<typeof customerWithToken>>;
let gsrn: string;
let pointId: string;
let otherGsrn: string;
let otherPointId: string;

/** Quarter readings and quarter prices over [from, to), each a plain rule, one hour left out on the 10th. */
async function quarterData(meteringPointId: string, from: string, to: string) {
  const start = osloMidnight(from).getTime();
  const gapFrom = osloMidnight("2025-10-10").getTime() + 12 * 4 * QUARTER;
  const readings = [];
  const prices = [];
  for (let q = 0, t = start; t < osloMidnight(to).getTime(); q++, t += QUARTER) {
    prices.push({
      priceArea: "NO1" as const,
      intervalStart: new Date(t),
      resolution: "PT15M" as const,
      priceOrePerKwh: (40 + ((q * 13) % 70) + (q % 4) * 0.1234).toFixed(4),
    });
    if (t >= gapFrom && t < gapFrom + 4 * QUARTER) continue;
    readings.push({
      meteringPointId,
      intervalStart: new Date(t),
      resolution: "PT15M" as const,
      kwh: ((((q * 37) % 900) + 100) / 1000).toFixed(4),
    });
  }
  await db.spotPrice.createMany({ data: prices, skipDuplicates: true });
  await db.consumptionReading.createMany({ data: readings });
}

beforeAll(async () => {
  owner = await customerWithToken(["CONSUMPTION"]);
  const point = await createMeteringPoint(owner.customerId, { municipalityNumber: "0301" });
  ({ gsrn, id: pointId } = point);
  await createSupplyPeriod(owner.customerId, point.id, "2025-09-01");
  await createContract(owner.customerId, point.id, { startDate: new Date("2025-09-01") });
  await quarterData(point.id, "2025-10-01", "2025-11-01");

  const other = await customerWithToken(["CONSUMPTION"]);
  const otherPoint = await createMeteringPoint(other.customerId);
  ({ gsrn: otherGsrn, id: otherPointId } = otherPoint);
  await createSupplyPeriod(other.customerId, otherPoint.id, "2025-09-01");
  await quarterData(otherPoint.id, "2025-10-01", "2025-10-02");

  vi.mocked(sessionIdFromAuth).mockResolvedValue((await createSession(owner.userId)).sessionId);
}, 180_000);

const OCTOBER = { from: "2025-10-01T00:00:00+02:00", to: "2025-11-01T00:00:00+01:00" };

async function api(query: Record<string, string>) {
  return ZConsumption.parse(
    await okJson(await apiGet(consumptionApi, "/api/v1/consumption", owner.token, query)),
  );
}

async function download(query: Record<string, string>) {
  const search = new URLSearchParams({ ...query, malepunkt: gsrn, format: "json" });
  const response = await forbrukExport(new Request(`http://localhost/min-side/forbruk/eksport?${search}`));
  expect(response.status).toBe(200);
  return (await response.json()) as {
    totalKwh: string;
    spotCost: { total: string };
    intervals: { start: string; kwh: string | null; spotCostOre: number | null }[];
  };
}

describe("the API's consumption is the Forbruk download's", () => {
  it("October at P1D and PT1H: the same rows (kWh, prices, øre, completeness) and totals", async () => {
    for (const [resolution, opplosning] of [
      ["P1D", "dag"],
      ["PT1H", "time"],
    ] as const) {
      const fromApi = await api({ meteringPointId: gsrn, ...OCTOBER, resolution });
      const fromExport = await download({ periode: "maned", dato: "2025-10", opplosning });
      expect(fromApi.intervals).toEqual(fromExport.intervals);
      expect(fromApi.intervals.length).toBe(resolution === "P1D" ? 31 : 745);
      // Priced and metered, so the equality holds real figures, not nulls.
      expect(
        fromApi.intervals.filter((i) => i.spotCostOre !== null && i.kwh !== null).length,
      ).toBeGreaterThan(fromApi.intervals.length - 2);
      expect(fromApi.totalKwh).toBe(fromExport.totalKwh);
      expect(kronerDecimal(fromApi.spotCostOre)).toBe(fromExport.spotCost.total);
    }
  });

  it("October at PT15M: every quarter's kWh as the day downloads give it, and the month's øre", async () => {
    const fromApi = await api({ meteringPointId: pointId, ...OCTOBER, resolution: "PT15M" });
    const days = [];
    for (let date = "2025-10-01"; date < "2025-11-01"; date = addDays(date, 1)) {
      days.push(...(await download({ periode: "dag", dato: date, opplosning: "kvarter" })).intervals);
    }
    // 31 days of 96 quarters, and the 26th's hour that comes twice.
    expect(fromApi.intervals).toHaveLength(2980);
    expect(fromApi.intervals.map((i) => [i.start, i.kwh])).toEqual(days.map((i) => [i.start, i.kwh]));
    expect(fromApi.intervals.filter((i) => i.kwh === null)).toHaveLength(4);
    const month = await download({ periode: "maned", dato: "2025-10", opplosning: "dag" });
    expect(fromApi.totalKwh).toBe(month.totalKwh);
    expect(kronerDecimal(fromApi.spotCostOre)).toBe(month.spotCost.total);
    expect(fromApi.intervals.reduce((sum, i) => sum + (i.spotCostOre ?? 0), 0)).toBe(fromApi.spotCostOre);
  });

  it("P1M: 2025's months are the year download's rows, and October is its month's totals", async () => {
    const year = await api({
      meteringPointId: gsrn,
      from: "2025-01-01T00:00:00+01:00",
      to: "2026-01-01T00:00:00+01:00",
      resolution: "P1M",
    });
    expect(year.intervals).toEqual(
      (await download({ periode: "ar", dato: "2025", opplosning: "maned" })).intervals,
    );
    const october = await api({ meteringPointId: gsrn, ...OCTOBER, resolution: "P1M" });
    const month = await download({ periode: "maned", dato: "2025-10", opplosning: "dag" });
    expect(october.intervals).toHaveLength(1);
    expect(october.intervals[0]).toMatchObject({
      start: "2025-10-01T00:00:00.000+02:00",
      end: "2025-11-01T00:00:00.000+01:00",
      kwh: month.totalKwh,
    });
    expect(kronerDecimal(october.intervals[0]?.spotCostOre ?? -1)).toBe(month.spotCost.total);
  });

  it("a range inside a day is the day download's rows for those hours", async () => {
    const hours = await api({
      meteringPointId: gsrn,
      from: "2025-10-26T01:00:00+02:00",
      to: "2025-10-26T04:00:00+01:00",
      resolution: "PT1H",
    });
    const day = await download({ periode: "dag", dato: "2025-10-26", opplosning: "time" });
    // 01:00 summer time, 02:00 twice (summer, then winter), 03:00: four hours.
    expect(hours.intervals).toEqual(day.intervals.slice(1, 5));
    expect(hours.intervals.map((i) => i.start)).toEqual([
      "2025-10-26T01:00:00.000+02:00",
      "2025-10-26T02:00:00.000+02:00",
      "2025-10-26T02:00:00.000+01:00",
      "2025-10-26T03:00:00.000+01:00",
    ]);
  });
});

describe("what the consumption endpoint refuses", () => {
  it("another customer's metering point, by GSRN or id, is a 404 problem, as is one that does not exist", async () => {
    for (const meteringPointId of [otherGsrn, otherPointId, "707057500999999999"]) {
      const response = await apiGet(consumptionApi, "/api/v1/consumption", owner.token, {
        meteringPointId,
        ...OCTOBER,
        resolution: "P1D",
      });
      const body = await problemOf(response, 404);
      expect(body).toMatchObject({ title: "Fant ikke målepunktet", status: 404 });
      expect(JSON.stringify(body)).not.toContain(otherGsrn);
    }
  });

  it("a range over the resolution's maximum is a 400 problem with the maximum", async () => {
    const response = await apiGet(consumptionApi, "/api/v1/consumption", owner.token, {
      meteringPointId: gsrn,
      from: "2025-10-01T00:00:00+02:00",
      to: "2025-11-02T00:00:00+01:00",
      resolution: "PT15M",
    });
    expect(await problemOf(response, 400)).toEqual({
      type: "about:blank",
      title: "Perioden er for lang",
      status: 400,
      detail: "Med oppløsning PT15M kan perioden være høyst 31 døgn. Del den opp i flere kall.",
      maximumDays: 31,
    });
  });

  it("from after to, an unknown resolution, a bad date and a repeated parameter are 400 problems in Norwegian", async () => {
    const cases: [string, string][] = [
      [
        `meteringPointId=${gsrn}&from=${encodeURIComponent(OCTOBER.to)}&to=${encodeURIComponent(OCTOBER.from)}&resolution=P1D`,
        "«from» må være før «to».",
      ],
      [
        `meteringPointId=${gsrn}&from=${encodeURIComponent(OCTOBER.from)}&to=${encodeURIComponent(OCTOBER.to)}&resolution=P1W`,
        "«resolution» må være én av PT15M, PT1H, P1D, P1M.",
      ],
      [
        `meteringPointId=${gsrn}&from=2025-10-32T00:00:00%2B02:00&to=${encodeURIComponent(OCTOBER.to)}&resolution=P1D`,
        "«from» må være et tidspunkt i ISO 8601 med tidssone, for eksempel 2026-11-01T00:00:00+01:00.",
      ],
      [
        `meteringPointId=${gsrn}&meteringPointId=${otherGsrn}&from=${encodeURIComponent(OCTOBER.from)}&to=${encodeURIComponent(OCTOBER.to)}&resolution=P1D`,
        "Parameteren «meteringPointId» er gitt mer enn én gang. Gi den én gang.",
      ],
    ];
    for (const [query, detail] of cases) {
      const body = await problemOf(
        await apiGet(consumptionApi, "/api/v1/consumption", owner.token, query),
        400,
      );
      expect(body).toMatchObject({ title: "Ugyldig spørring", status: 400, detail });
    }
  });
});
