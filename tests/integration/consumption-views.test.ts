// What Forbruk shows beside the figures (#21 items 4 and 7): the price shown for a bucket is the price
// the cost used, and a period in progress is compared by the same part of the periods before.
import { beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/features/consumption/domain/view";
import { getConsumption } from "@/features/consumption/server";
import { formatScaled, parseScaled } from "@/features/pricing/domain/decimal";
import { db } from "@/platform/db";
import { addDays, osloMidnight } from "@/platform/time/oslo-calendar";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
} from "../support/factories";

const HOUR = 3_600_000;

/** Two hourly meters (Lars's kind), one with quarter prices, each supplied from 2025-11-01. */
let hourlyCustomer: string;
let otherCustomer: string;
let otherGsrn: string;

function view(params: Record<string, string>, today = "2026-12-07") {
  const parsed = parseView(params, today);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.view;
}

beforeAll(async () => {
  hourlyCustomer = (await createCustomer()).id;
  otherCustomer = (await createCustomer()).id;
  const hourlyPoint = await createMeteringPoint(hourlyCustomer, { priceArea: "NO1", city: "MO I RANA" });
  const otherPoint = await createMeteringPoint(otherCustomer, { priceArea: "NO2" });
  otherGsrn = otherPoint.gsrn;
  for (const [customer, point] of [
    [hourlyCustomer, hourlyPoint.id],
    [otherCustomer, otherPoint.id],
  ] as const) {
    await createSupplyPeriod(customer, point, "2025-11-01");
    await createContract(customer, point, { startDate: new Date("2025-11-01") });
  }

  // 10 November 2026 for the hourly meter: quarter prices 19.49, 19.51, 19.57, 19.60 in every hour.
  const quarterPrices = ["19.49", "19.51", "19.57", "19.60"];
  const day = osloMidnight("2026-11-10").getTime();
  const prices = [];
  const hourly = [];
  for (let h = 0; h < 24; h++) {
    hourly.push({
      meteringPointId: hourlyPoint.id,
      intervalStart: new Date(day + h * HOUR),
      resolution: "PT1H" as const,
      kwh: "2.0000",
    });
    for (let q = 0; q < 4; q++) {
      prices.push({
        priceArea: "NO1" as const,
        intervalStart: new Date(day + h * HOUR + q * (HOUR / 4)),
        resolution: "PT15M" as const,
        priceOrePerKwh: quarterPrices[q] ?? "0",
      });
    }
  }
  await db.spotPrice.createMany({ data: prices });
  await db.consumptionReading.createMany({ data: hourly });

  // The other meter: 1 kWh an hour from 1 November to 6 December, in 2025 and in 2026 (readings come
  // the next morning, so on 7 December nothing of the 7th has come yet).
  const readings = [];
  for (const [from, to] of [
    ["2025-11-01", "2025-12-07"],
    ["2026-11-01", "2026-12-07"],
  ] as const) {
    for (let t = osloMidnight(from).getTime(); t < osloMidnight(to).getTime(); t += HOUR) {
      readings.push({
        meteringPointId: otherPoint.id,
        intervalStart: new Date(t),
        resolution: "PT1H" as const,
        kwh: "1.0000",
      });
    }
  }
  await db.consumptionReading.createMany({ data: readings });
}, 180_000);

describe("Forbruk's comparisons and prices", () => {
  it("P14: an hourly reading in the quarter view shows its hour's mean price, the price its cost used", async () => {
    const data = await getConsumption(
      hourlyCustomer,
      view({ periode: "dag", dato: "2026-11-10", opplosning: "kvarter" }),
      undefined,
      new Date("2026-12-07T10:00:00Z"),
    );
    const first = data?.buckets[0];
    // (19.49 + 19.51 + 19.57 + 19.60) / 4 = 19.5425, not the first quarter's 19.49.
    expect(first?.priceOrePerKwh).toBe("19.5425");
    // Σ kWh × shown price is the energy line: 24 × 2 × 19.5425 = 938.04 øre → 938 (not 24 × 2 × 19.49).
    const shown = (data?.buckets ?? []).reduce(
      (sum, b) => sum + (parseScaled(b.kwh ?? "0") * parseScaled(b.priceOrePerKwh ?? "0")) / 10n ** 10n,
      0n,
    );
    expect(formatScaled(shown, 2)).toBe("938.04");
    expect(data?.cost.energyOre).toBe(938);
  });

  it("shows Elhub's place name in capitals as it is written, and keeps what Elhub sent", async () => {
    const data = await getConsumption(hourlyCustomer, view({ periode: "maned" }), undefined);
    expect(data?.point.address).toBe("Målerveien 1, 0150 Mo i Rana");
    const stored = await db.meteringPoint.findFirstOrThrow({ where: { customerId: hourlyCustomer } });
    expect(stored.city).toBe("MO I RANA");
  });

  it("P14: December after six days is compared with 1.–6. November and 1.–6. December last year", async () => {
    const now = new Date("2026-12-07T09:00:00Z");
    const data = await getConsumption(
      otherCustomer,
      view({ periode: "maned", dato: "2026-12" }),
      otherGsrn,
      now,
    );
    // Six days of 24 kWh: 144 kWh, against the same six days (not all 30 of November's 720 kWh).
    expect(data?.kwh).toBe("144.0000");
    expect(data?.comparedUntil).toEqual(osloMidnight("2026-12-07"));
    expect(data?.previous).toEqual({ key: "2026-11", kwh: "144.0000" });
    expect(data?.lastYear).toEqual({ key: "2025-12", kwh: "144.0000" });
  });

  it("P14: today, before its readings have come, is not compared with all of yesterday", async () => {
    const now = new Date("2026-12-07T09:00:00Z");
    const data = await getConsumption(
      otherCustomer,
      view({ periode: "dag", dato: "2026-12-07" }),
      otherGsrn,
      now,
    );
    expect(data?.comparedUntil).toEqual(osloMidnight("2026-12-07"));
    expect(data?.previous.kwh).toBe("0.0000");
    // Yesterday, whose readings are in, is compared whole with the day before.
    const yesterday = await getConsumption(
      otherCustomer,
      view({ periode: "dag", dato: addDays("2026-12-07", -1) }),
      otherGsrn,
      now,
    );
    expect(yesterday?.comparedUntil).toBeNull();
    expect(yesterday?.previous.kwh).toBe("24.0000");
  });

  it("P14: a year in progress is compared once, with the same part of last year", async () => {
    const now = new Date("2026-12-07T09:00:00Z");
    const data = await getConsumption(otherCustomer, view({ periode: "ar", dato: "2026" }), otherGsrn, now);
    expect(data?.lastYear).toBeNull();
    // 2025 had readings from 1 November: 1 November–6 December 2025 is 36 days of 24 kWh.
    expect(data?.previous).toEqual({ key: "2025", kwh: "864.0000" });
  });
});
