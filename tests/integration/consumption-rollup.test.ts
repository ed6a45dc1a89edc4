// Two imports writing one hour at once: a price and a reading, each in its own transaction. The
// rollup's triggers see only committed rows, so the hour can end up unpriced; the refresh each import
// runs after committing repairs it. Needs two connections at once: PostgreSQL only (PGlite has one, and
// the race cannot happen there).
import { describe, expect, it } from "vitest";
import {
  refreshHoursAfterPrices,
  refreshHoursAfterReadings,
} from "@/features/consumption/server/consumption-rollup";
import { db } from "@/platform/db";
import { createCustomer, createMeteringPoint } from "../support/factories";

const HOUR = new Date("2026-03-10T08:00:00Z");
const NEXT_HOUR = new Date("2026-03-10T09:00:00Z");

/** A reading committed after a price that its own trigger could not see yet: the raced state. */
async function raceReadingWithPrice(area: "NO2" | "NO5") {
  const customer = await createCustomer();
  const point = await createMeteringPoint(customer.id, { priceArea: area });
  let inserted!: () => void;
  let priced!: () => void;
  const readingInserted = new Promise<void>((resolve) => (inserted = resolve));
  const priceCommitted = new Promise<void>((resolve) => (priced = resolve));
  const readings = db.$transaction(async (tx) => {
    await tx.$executeRaw`
      INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", "kwh")
      VALUES (${point.id}::uuid, ${HOUR}::timestamptz, 'PT1H', 2.5)`;
    inserted();
    await priceCommitted;
  });
  await readingInserted;
  await db.$executeRaw`
    INSERT INTO "SpotPrice" ("priceArea", "intervalStart", "resolution", "priceOrePerKwh")
    VALUES (${area}::"PriceArea", ${HOUR}::timestamptz, 'PT1H', 80)`;
  priced();
  await readings;
  return point.id;
}

const hourOf = (meteringPointId: string) =>
  db.consumptionHour.findUniqueOrThrow({
    where: { meteringPointId_hourStart: { meteringPointId, hourStart: HOUR } },
    select: { kwh: true, spotCostOre: true, spotMeanOrePerKwh: true },
  });

describe.skipIf(!process.env.DATABASE_URL)("the hourly rollup when a price and a reading race", () => {
  it("P14: a price import's refresh after commit prices an hour whose reading raced with it", async () => {
    const point = await raceReadingWithPrice("NO2");
    // Both rows are stored, yet the hour has no price: neither trigger saw the other's row.
    expect((await hourOf(point)).spotCostOre).toBeNull();
    await refreshHoursAfterPrices("NO2", HOUR, NEXT_HOUR);
    const hour = await hourOf(point);
    expect([hour.kwh.toFixed(4), hour.spotCostOre?.toFixed(2), hour.spotMeanOrePerKwh?.toFixed(2)]).toEqual([
      "2.5000",
      "200.00",
      "80.00",
    ]);
  });

  it("P14: a readings import's refresh after commit does the same from its side", async () => {
    const point = await raceReadingWithPrice("NO5");
    expect((await hourOf(point)).spotCostOre).toBeNull();
    await refreshHoursAfterReadings(point, HOUR, NEXT_HOUR);
    expect((await hourOf(point)).spotCostOre?.toFixed(2)).toBe("200.00");
  });
});
