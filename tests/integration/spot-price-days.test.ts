// The SpotPriceDay rollup against the raw prices: day and month means read from it equal
// round(avg(price), 4) over the raw rows (the query priceBuckets ran before the rollup), for a year with
// both DST days and the switch from hourly to 15-minute prices, and stay equal in the transaction that
// adds, corrects or deletes a price. Runs on PostgreSQL and PGlite.
import { beforeAll, describe, expect, it } from "vitest";
import { priceBuckets } from "@/features/consumption/server/usage-buckets";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { createCustomer, createMeteringPoint } from "../support/factories";

const YEAR = { from: new Date("2024-12-31T23:00:00Z"), to: new Date("2025-12-31T23:00:00Z") };
/** Delivery day 2025-10-01 in Oslo: the first of 15-minute prices. */
const QUARTERS_FROM = new Date("2025-09-30T22:00:00Z");
/** 2025-11-15's last hour: left out at first, to arrive late. */
const LATE_HOUR = new Date("2025-11-15T22:00:00Z");
const NO3 = "NO3";
const NO4 = "NO4";

type Sql = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw">;
type Bucket = { start: Date; meanOrePerKwh: string };

/** A deterministic price with four decimals, negative now and then, for interval `t`. */
async function insertPrices(area: string, from: Date, to: Date, step: string, resolution: string) {
  await db.$executeRaw`
    INSERT INTO "SpotPrice" ("priceArea", "intervalStart", "resolution", "priceOrePerKwh")
    SELECT ${area}::"PriceArea", t, ${resolution}::"Resolution",
           ((extract(epoch FROM t)::bigint * 7919) % 3000000 - 200000) / 10000.0
    FROM generate_series(${from}::timestamptz, ${to}::timestamptz - ${step}::interval, ${step}::interval) AS t
    WHERE NOT (t >= ${LATE_HOUR}::timestamptz AND t < ${LATE_HOUR}::timestamptz + interval '1 hour')`;
}

/** The query priceBuckets ran before the rollup, over the raw rows. */
function rawMeans(sql: Sql, area: string, unit: "day" | "month"): Promise<Bucket[]> {
  return sql.$queryRaw`
    SELECT date_trunc(${unit}, "intervalStart", 'Europe/Oslo') AS start,
           round(avg("priceOrePerKwh"), 4)::text AS "meanOrePerKwh"
    FROM "SpotPrice"
    WHERE "priceArea" = ${area}::"PriceArea"
      AND "intervalStart" >= ${YEAR.from}::timestamptz AND "intervalStart" < ${YEAR.to}::timestamptz
    GROUP BY 1 ORDER BY 1`;
}

const dayRows = (sql: Sql, area: string) =>
  sql.$queryRaw<{ osloDate: Date; sum: string; intervals: number }[]>`
    SELECT "osloDate", "sumOrePerKwh"::text AS sum, "intervals" FROM "SpotPriceDay"
    WHERE "priceArea" = ${area}::"PriceArea" ORDER BY 1`;

let no3Point: string;

beforeAll(async () => {
  const customer = await createCustomer();
  no3Point = (await createMeteringPoint(customer.id, { priceArea: NO3 })).id;
  await insertPrices(NO3, YEAR.from, QUARTERS_FROM, "1 hour", "PT1H");
  await insertPrices(NO3, QUARTERS_FROM, YEAR.to, "15 minutes", "PT15M");
  await insertPrices(
    NO4,
    new Date("2025-03-29T23:00:00Z"),
    new Date("2025-04-01T22:00:00Z"),
    "1 hour",
    "PT1H",
  );
}, 60_000);

describe("the spot prices' day rollup", () => {
  it("gives every day's and month's mean of the raw rows, DST days and the switch to quarters included", async () => {
    const days = await priceBuckets(db, { meteringPointId: no3Point, ...YEAR }, "dag");
    expect(days).toHaveLength(365);
    expect(days).toEqual(await rawMeans(db, NO3, "day"));
    const months = await priceBuckets(db, { meteringPointId: no3Point, ...YEAR }, "maned");
    expect(months).toHaveLength(12);
    expect(months).toEqual(await rawMeans(db, NO3, "month"));

    const intervals = new Map(
      (await dayRows(db, NO3)).map((d) => [d.osloDate.toISOString().slice(0, 10), d.intervals]),
    );
    expect([
      intervals.get("2025-03-30"),
      intervals.get("2025-09-30"),
      intervals.get("2025-10-01"),
      intervals.get("2025-10-26"),
      intervals.get("2025-11-15"),
    ]).toEqual([23, 24, 96, 100, 92]);
  });

  it("takes a late price, a corrected one and a deleted one in the same transaction", async () => {
    const no4Before = await dayRows(db, NO4);
    await db.$transaction(async (tx) => {
      const before = await priceBuckets(tx, { meteringPointId: no3Point, ...YEAR }, "dag");
      await tx.$executeRaw`
        INSERT INTO "SpotPrice" ("priceArea", "intervalStart", "resolution", "priceOrePerKwh")
        SELECT 'NO3', t, 'PT15M', 512.3456
        FROM generate_series(${LATE_HOUR}::timestamptz, ${LATE_HOUR}::timestamptz + interval '45 minutes', interval '15 minutes') AS t`;
      await tx.$executeRaw`
        UPDATE "SpotPrice" SET "priceOrePerKwh" = -33.3333
        WHERE "priceArea" = 'NO3' AND "intervalStart" = timestamptz '2025-03-30T10:00:00Z'`;
      await tx.$executeRaw`
        DELETE FROM "SpotPrice" WHERE "priceArea" = 'NO3' AND "intervalStart" = timestamptz '2025-10-26T01:15:00Z'`;
      const after = await priceBuckets(tx, { meteringPointId: no3Point, ...YEAR }, "dag");
      expect(after).toEqual(await rawMeans(tx, NO3, "day"));
      const changed = after.filter((day, i) => day.meanOrePerKwh !== before[i]?.meanOrePerKwh);
      expect(changed.map((day) => day.start.toISOString())).toEqual([
        "2025-03-29T23:00:00.000Z",
        "2025-10-25T22:00:00.000Z",
        "2025-11-14T23:00:00.000Z",
      ]);
      expect(await priceBuckets(tx, { meteringPointId: no3Point, ...YEAR }, "maned")).toEqual(
        await rawMeans(tx, NO3, "month"),
      );
    });
    expect(await dayRows(db, NO4)).toEqual(no4Before);
    expect(no4Before.map((d) => d.intervals)).toEqual([23, 24, 24]);
  });

  it("drops a day whose prices are all deleted, and leaves the other area's days", async () => {
    const no4Before = await dayRows(db, NO4);
    await db.$executeRaw`
      DELETE FROM "SpotPrice" WHERE "priceArea" = 'NO3'
        AND "intervalStart" >= timestamptz '2025-06-09T22:00:00Z' AND "intervalStart" < timestamptz '2025-06-10T22:00:00Z'`;
    const days = (await dayRows(db, NO3)).map((d) => d.osloDate.toISOString().slice(0, 10));
    expect(days).toHaveLength(364);
    expect(days).not.toContain("2025-06-10");
    expect(await priceBuckets(db, { meteringPointId: no3Point, ...YEAR }, "dag")).toEqual(
      await rawMeans(db, NO3, "day"),
    );
    expect(await dayRows(db, NO4)).toEqual(no4Before);
  });
});
