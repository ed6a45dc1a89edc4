// Two years of readings (hourly, or 15-minute where a meter reports quarters) and day-ahead prices, generated inside the database with
// generate_series: a few hundred thousand rows in one statement each, instead of shipping them from
// Node. Every formula is deterministic (hashtext instead of random()), so a seed is reproducible.
//
// Intervals are UTC instants stepped by 1 h or 15 min: Oslo's offsets are whole hours, so each step
// starts an Oslo hour or quarter, and DST days get their 23/25 hours (92/100 quarters) by themselves.
// Shapes (hour of day, day of year, weekday) are read in Oslo time.
import { Prisma } from "@/generated/prisma/client";
import type { DemoConsumptionProfile } from "./people";

type Sql = Prisma.TransactionClient;

export interface SeedWindow {
  /** Oslo midnight `years` before today: the first reading and the first price. */
  start: Date;
  /** The same instant as an Oslo calendar date, YYYY-MM-DD. */
  startDate: string;
  /** Start of the last complete hour before `now`: the last reading. */
  lastHour: Date;
  /** Oslo midnight after tomorrow (exclusive): tomorrow's prices are published. */
  pricesEnd: Date;
  /** Oslo midnight starting delivery day 2025-10-01: prices are 15-minute from here on. */
  quarterFrom: Date;
}

/** Oslo calendar arithmetic is done by the database, the one place that knows Europe/Oslo for sure. */
export async function seedWindow(sql: Sql, now: Date, years: number): Promise<SeedWindow> {
  const [window] = await sql.$queryRaw<SeedWindow[]>`
    WITH x AS (
      SELECT n, (n AT TIME ZONE 'Europe/Oslo')::date AS today,
             ((n AT TIME ZONE 'Europe/Oslo')::date - make_interval(years => ${years}::int))::date AS first_day
      FROM (SELECT ${now.toISOString()}::timestamptz AS n) AS input
    )
    SELECT first_day::timestamp AT TIME ZONE 'Europe/Oslo' AS "start",
           to_char(first_day, 'YYYY-MM-DD') AS "startDate",
           date_trunc('hour', n, 'UTC') - interval '1 hour' AS "lastHour",
           (today + 2)::timestamp AT TIME ZONE 'Europe/Oslo' AS "pricesEnd",
           timestamp '2025-10-01 00:00' AT TIME ZONE 'Europe/Oslo' AS "quarterFrom"
    FROM x`;
  if (!window) throw new Error("The database returned no seed window");
  return window;
}

// Share of the mean household load per Oslo hour (0–23): low at night, peaks before work and at dinner.
const WEEKDAY_SHAPE = normalised([
  0.55, 0.5, 0.48, 0.47, 0.48, 0.55, 0.8, 1.25, 1.35, 1.1, 0.95, 0.9, 0.92, 0.88, 0.88, 0.95, 1.15, 1.45,
  1.55, 1.5, 1.35, 1.2, 0.95, 0.72,
]);
// Weekends start later and spread over the day.
const WEEKEND_SHAPE = normalised([
  0.6, 0.55, 0.5, 0.48, 0.48, 0.5, 0.55, 0.7, 0.95, 1.25, 1.35, 1.3, 1.25, 1.15, 1.1, 1.1, 1.2, 1.4, 1.5,
  1.45, 1.35, 1.2, 1, 0.78,
]);

function normalised(shape: number[]): number[] {
  const mean = shape.reduce((a, b) => a + b, 0) / shape.length;
  return shape.map((v) => v / mean);
}

/** A float8[] literal from constants defined above: never from input. */
function floatArray(values: number[]): Prisma.Sql {
  return Prisma.raw(`ARRAY[${values.map((v) => v.toFixed(4)).join(",")}]::float8[]`);
}

/** 0 ≤ value < 1, stable for a given text on every PostgreSQL build (hashtext is platform-neutral). */
const HASH01 = (text: Prisma.Sql) =>
  Prisma.sql`((hashtext(${text})::bigint + 2147483648)::float8 / 4294967296)`;

export interface ConsumptionSeries {
  id: string;
  profile: DemoConsumptionProfile;
  /** First interval start, and the start of the last interval (inclusive). */
  from: Date;
  last: Date;
  resolution: "PT1H" | "PT15M";
}

/** Readings for each series: kWh = the household's load in kW × the interval's length. */
export async function insertConsumption(sql: Sql, series: ConsumptionSeries[]): Promise<number> {
  const rows = series.filter((s) => s.last >= s.from);
  if (!rows.length) return 0;
  const points = Prisma.join(
    rows.map(
      ({ id, profile: p, from, last, resolution }, i) =>
        Prisma.sql`(${id}::uuid, ${p.baseKw}::float8, ${p.heatKw}::float8, ${p.heatFloor}::float8,
                    ${p.holidayDoy}::int, ${i * 1.7}::float8, ${from.toISOString()}::timestamptz,
                    ${last.toISOString()}::timestamptz, ${resolution}::"Resolution")`,
    ),
  );
  // The months' partitions (the migration partition_readings_by_month) before the rows.
  const firsts = rows.map((s) => s.from.getTime());
  const lasts = rows.map((s) => s.last.getTime());
  await sql.$queryRaw`SELECT consumption_ensure_months(${new Date(Math.min(...firsts))}::timestamptz,
    ${new Date(Math.max(...lasts) + 3_600_000)}::timestamptz)::text`;
  return sql.$executeRaw`
    INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", "kwh", "quality")
    SELECT p.id, s.ts, p.resolution,
           round((greatest(0.02, load.kw) * (CASE WHEN p.resolution = 'PT15M' THEN 0.25 ELSE 1 END))::numeric, 4),
           'MEASURED'::"ReadingQuality"
    FROM (VALUES ${points}) AS p(id, base_kw, heat_kw, heat_floor, holiday_doy, phase, first_ts, last_ts, resolution)
    CROSS JOIN LATERAL generate_series(p.first_ts, p.last_ts,
      CASE WHEN p.resolution = 'PT15M' THEN interval '15 minutes' ELSE interval '1 hour' END) AS s(ts)
    CROSS JOIN LATERAL (SELECT s.ts AT TIME ZONE 'Europe/Oslo' AS local) AS l
    CROSS JOIN LATERAL (
      SELECT extract(hour FROM l.local)::int AS h,
             extract(isodow FROM l.local) >= 6 AS weekend,
             extract(doy FROM l.local)::int AS doy,
             l.local::date - date '2000-01-01' AS day_no
    ) AS t
    CROSS JOIN LATERAL (
      SELECT
        -- Heating need: peaks around 20 January, zero in high summer unless the climate keeps a floor.
        p.heat_floor + (1 - p.heat_floor) * (0.5 + 0.5 * cos(2 * pi() * (t.doy - 20) / 365.25)) AS season,
        -- Cold spells and mild weeks: slow waves, plus a day-to-day jitter per household.
        0.6 * sin(2 * pi() * t.day_no / 11.3 + p.phase) + 0.4 * sin(2 * pi() * t.day_no / 27.1 + 2 * p.phase)
          + 0.7 * (${HASH01(Prisma.sql`p.id::text || ':d' || t.day_no`)} - 0.5) AS weather,
        ${HASH01(Prisma.sql`p.id::text || ':h' || extract(epoch FROM s.ts)::bigint`)} AS noise,
        t.doy BETWEEN p.holiday_doy AND p.holiday_doy + 13 AS away
    ) AS v
    CROSS JOIN LATERAL (
      SELECT
        p.base_kw * (CASE WHEN v.away THEN 0.3 ELSE 1 END)
          * (CASE WHEN t.weekend THEN 1.08 * (${floatArray(WEEKEND_SHAPE)})[t.h + 1]
                  ELSE (${floatArray(WEEKDAY_SHAPE)})[t.h + 1] END)
          * (0.85 + 0.3 * v.noise)
        + p.heat_kw * v.season * greatest(0.2, 1 + 0.45 * v.weather)
          * (1 + 0.15 * cos(2 * pi() * (t.h - 5) / 24))
        -- Now and then an oven, a dryer or a sauna in the evening.
        + CASE WHEN v.noise > 0.97 AND t.h BETWEEN 16 AND 22 AND NOT v.away THEN 1.6 ELSE 0 END AS kw
    ) AS load`;
}

/**
 * Per area: yearly mean level (øre/kWh excl. VAT), winter/summer swing, daily spread, and the phases of
 * its weather waves. The south (NO1, NO2, NO5) shares similar phases and trades higher than the north.
 */
const AREAS = [
  { area: "NO1", level: 62, seasonal: 0.35, spread: 0.35, phase1: 0.3, phase2: 1.1 },
  { area: "NO2", level: 70, seasonal: 0.3, spread: 0.45, phase1: 0.5, phase2: 1.0 },
  { area: "NO3", level: 32, seasonal: 0.45, spread: 0.2, phase1: 2.0, phase2: 2.5 },
  { area: "NO4", level: 19, seasonal: 0.45, spread: 0.12, phase1: 2.3, phase2: 2.9 },
  { area: "NO5", level: 57, seasonal: 0.35, spread: 0.3, phase1: 0.4, phase2: 1.3 },
] as const;

export async function insertSpotPrices(sql: Sql, window: SeedWindow): Promise<number> {
  const hourlyEnd = new Date(Math.min(window.quarterFrom.getTime(), window.pricesEnd.getTime()));
  const quarterStart = new Date(Math.max(window.quarterFrom.getTime(), window.start.getTime()));
  const hourly = await insertPriceSeries(sql, window.start, hourlyEnd, "PT1H");
  const quarterly = await insertPriceSeries(sql, quarterStart, window.pricesEnd, "PT15M");
  return hourly + quarterly;
}

async function insertPriceSeries(sql: Sql, from: Date, to: Date, resolution: "PT1H" | "PT15M") {
  if (to <= from) return 0;
  const minutes = resolution === "PT1H" ? 60 : 15;
  const areas = Prisma.join(
    AREAS.map(
      (a) =>
        Prisma.sql`(${a.area}::"PriceArea", ${a.level}::float8, ${a.seasonal}::float8, ${a.spread}::float8,
                    ${a.phase1}::float8, ${a.phase2}::float8)`,
    ),
  );
  return sql.$executeRaw`
    INSERT INTO "SpotPrice" ("priceArea", "intervalStart", "resolution", "priceOrePerKwh")
    SELECT a.area, s.ts, ${resolution}::"Resolution",
           round((CASE WHEN v.surplus THEN -(0.05 + 3 * v.noise)
                       ELSE a.level * (1 + a.seasonal * v.winter) * v.shape * v.day_factor
                            * (CASE WHEN t.weekend THEN 0.85 ELSE 1 END) * (0.96 + 0.08 * v.noise)
                  END)::numeric, 2)
    FROM (VALUES ${areas}) AS a(area, level, seasonal, spread, phase1, phase2)
    CROSS JOIN generate_series(${from.toISOString()}::timestamptz,
                               ${to.toISOString()}::timestamptz - make_interval(mins => ${minutes}::int),
                               make_interval(mins => ${minutes}::int)) AS s(ts)
    CROSS JOIN LATERAL (SELECT s.ts AT TIME ZONE 'Europe/Oslo' AS local) AS l
    CROSS JOIN LATERAL (
      SELECT
        -- The middle of the interval, in Oslo hours: quarters follow the daily curve within an hour.
        extract(hour FROM l.local) + extract(minute FROM l.local) / 60 + ${minutes}::float8 / 120 AS hf,
        extract(isodow FROM l.local) >= 6 AS weekend,
        cos(2 * pi() * (extract(doy FROM l.local) - 15) / 365.25) AS winter,
        l.local::date - date '2000-01-01' AS day_no
    ) AS t
    CROSS JOIN LATERAL (
      SELECT
        t.winter,
        -- Morning and evening peaks, a night trough, and a solar dip at midday in summer.
        1 + a.spread * (0.5 * exp(-((t.hf - 8.5) ^ 2) / 3) + 0.7 * exp(-((t.hf - 18.5) ^ 2) / 4)
                        - 0.5 * exp(-((t.hf - 3.5) ^ 2) / 8)
                        - 0.8 * greatest(0, -t.winter) * exp(-((t.hf - 13) ^ 2) / 6)) AS shape,
        -- Wind, inflow and exchange: slow waves and a daily jitter move the whole day up or down.
        exp(0.35 * sin(2 * pi() * t.day_no / 9.7 + a.phase1) + 0.25 * sin(2 * pi() * t.day_no / 29.3 + a.phase2)
            + 0.5 * (${HASH01(Prisma.sql`a.area::text || ':d' || t.day_no`)} - 0.5)) AS day_factor,
        ${HASH01(Prisma.sql`a.area::text || ':i' || extract(epoch FROM s.ts)::bigint`)} AS noise,
        -- A few windy, sunny days a summer push midday prices below zero.
        ${HASH01(Prisma.sql`a.area::text || ':s' || t.day_no`)} < 0.04 AND -t.winter > 0.3
          AND t.hf BETWEEN 10 AND 17 AS surplus
    ) AS v`;
}
