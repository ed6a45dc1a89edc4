// GET /api/v1/consumption at PT15M on a point metered per hour: an hourly reading is one interval that
// starts on the hour, so a range that cuts an hour is refused with a Norwegian 400 (it would otherwise
// hold the whole hour for a quarter, or nothing for the hour's last three quarters), and whole hours
// give the hourly rows.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as consumptionApi } from "@/app/api/v1/consumption/route";
import { ZConsumption } from "@/features/personal-api/domain/schemas/consumption";
import { db } from "@/platform/db";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import { createContract, createMeteringPoint, createSupplyPeriod } from "../support/factories";
import { apiGet, customerWithToken, okJson, problemOf } from "../support/personal-api";

const HOUR = 3_600_000;
let owner: Awaited<ReturnType<typeof customerWithToken>>;
let gsrn: string;

beforeAll(async () => {
  owner = await customerWithToken(["CONSUMPTION"]);
  const point = await createMeteringPoint(owner.customerId, { municipalityNumber: "0301" });
  gsrn = point.gsrn;
  await createSupplyPeriod(owner.customerId, point.id, "2025-09-01");
  await createContract(owner.customerId, point.id, { startDate: new Date("2025-09-01") });
  const midnight = osloMidnight("2025-09-10").getTime();
  const hours = Array.from({ length: 24 }, (_, h) => new Date(midnight + h * HOUR));
  await db.consumptionReading.createMany({
    data: hours.map((intervalStart, h) => ({
      meteringPointId: point.id,
      intervalStart,
      resolution: "PT1H" as const,
      kwh: (1 + h / 10).toFixed(4),
    })),
  });
  await db.spotPrice.createMany({
    data: hours.map((intervalStart) => ({
      priceArea: "NO1" as const,
      intervalStart,
      resolution: "PT1H" as const,
      priceOrePerKwh: "80.0000",
    })),
    skipDuplicates: true,
  });
}, 120_000);

const at = (time: string) => `2025-09-10T${time}:00+02:00`;
const query = (from: string, to: string) => ({
  meteringPointId: gsrn,
  from: at(from),
  to: at(to),
  resolution: "PT15M",
});

describe("PT15M on a point metered per hour", () => {
  it("refuses a range that starts or ends inside an hour, saying the meter measures per hour", async () => {
    const cuts: [string, string][] = [
      ["10:00", "10:15"],
      ["10:15", "11:00"],
      ["09:00", "10:45"],
    ];
    for (const [from, to] of cuts) {
      const response = await apiGet(consumptionApi, "/api/v1/consumption", owner.token, query(from, to));
      const body = await problemOf(response, 400);
      expect(body, `${from}–${to}`).toMatchObject({ title: "Ugyldig spørring", status: 400 });
      expect(body.detail).toMatch(/måles per time.*PT15M.*hel time/);
    }
  });

  it("answers whole hours with one interval per hour, its kWh the hour's reading", async () => {
    const body = ZConsumption.parse(
      await okJson(await apiGet(consumptionApi, "/api/v1/consumption", owner.token, query("10:00", "12:00"))),
    );
    expect(body.intervals.map((i) => [i.start, i.kwh])).toEqual([
      ["2025-09-10T10:00:00.000+02:00", "2.0000"],
      ["2025-09-10T11:00:00.000+02:00", "2.1000"],
    ]);
    expect(body.totalKwh).toBe("4.1000");
  });
});
