// One Oslo month of generated readings for bench:consumption (consumption-bench-data.ts), written
// straight into the month's partitions by one statement: the readings by generate_series, and their
// hourly rollup set-based from the rows it inserted. The points come from the table bench_point (id, n:
// the customer's number).
import type pg from "pg";

export interface BenchMonth {
  /** Oslo dates [from, to) inside one calendar month. */
  from: string;
  to: string;
  /** The customers' numbers, both ends included. */
  customers: [number, number];
}

const suffix = (month: BenchMonth) => `_y${month.from.slice(0, 4)}m${month.from.slice(5, 7)}`;
const oslo = (date: string) => `date '${date}'::timestamp AT TIME ZONE 'Europe/Oslo'`;
const EPOCH = `timestamptz '2000-01-01 00:00:00+00'`;

/**
 * The month's readings of the customers, and their rollup hours in the same statement: the inserted
 * rows, aggregated as they are returned, paired with prices as consumption_priced_readings() pairs them
 * (a quarter takes its quarter's price, or the hour's where prices are hourly; an hourly reading the
 * mean of a complete hour). One pass instead of a recompute per statement or a second scan. Point by point, as the
 * import writes (a point's month in one statement): a point's rows of a month lie together on disk.
 */
export async function loadMonth(sql: pg.Client, month: BenchMonth & { resolution: string }): Promise<number> {
  const step = month.resolution === "PT15M" ? "15 minutes" : "1 hour";
  const kw = month.resolution === "PT15M" ? 0.8 : 3;
  const [lo, hi] = [oslo(month.from), oslo(month.to)];
  const result = await sql.query<{ readings: string }>(
    `WITH r AS (
       INSERT INTO "ConsumptionReading${suffix(month)}" ("meteringPointId", "intervalStart", "resolution", kwh)
       SELECT p.id, ts, '${month.resolution}', round((random() * ${kw})::numeric, 4)
       FROM (SELECT id FROM bench_point WHERE n BETWEEN $1 AND $2 ORDER BY id) AS p
       CROSS JOIN LATERAL generate_series(${lo}, ${hi} - interval '${step}', interval '${step}') AS ts
       ORDER BY p.id, ts
       RETURNING "meteringPointId", "intervalStart", "resolution", kwh
     ), hp AS (
       SELECT date_bin('1 hour', "intervalStart", ${EPOCH}) AS hour,
              CASE WHEN (count(*) = 1 AND bool_and("resolution" = 'PT1H'))
                     OR (count(*) = 4 AND bool_and("resolution" = 'PT15M')) THEN avg("priceOrePerKwh") END AS mean,
              CASE WHEN count(*) = 1 AND bool_and("resolution" = 'PT1H') THEN min("priceOrePerKwh") END AS hourly
       FROM "SpotPrice" WHERE "priceArea" = 'NO1' AND "intervalStart" >= ${lo} AND "intervalStart" < ${hi}
       GROUP BY 1
     ), q AS (
       SELECT "intervalStart" AS t, "priceOrePerKwh" AS price FROM "SpotPrice"
       WHERE "priceArea" = 'NO1' AND "resolution" = 'PT15M' AND "intervalStart" >= ${lo} AND "intervalStart" < ${hi}
     ), h AS (
       INSERT INTO "ConsumptionHour${suffix(month)}"
         ("meteringPointId", "hourStart", "osloDate", "kwh", "quarters", "spotCostOre", "spotMeanOrePerKwh")
       SELECT r."meteringPointId", b.hour, (b.hour AT TIME ZONE 'Europe/Oslo')::date, sum(r.kwh),
              sum(CASE WHEN r."resolution" = 'PT15M' THEN 1 ELSE 4 END),
              CASE WHEN bool_and(pr.price IS NOT NULL) THEN sum(r.kwh * pr.price) END, min(hp.mean)
       FROM r
       CROSS JOIN LATERAL (SELECT date_bin('1 hour', r."intervalStart", ${EPOCH}) AS hour) b
       LEFT JOIN hp ON hp.hour = b.hour
       LEFT JOIN q ON r."resolution" = 'PT15M' AND q.t = r."intervalStart"
       CROSS JOIN LATERAL (
         SELECT CASE WHEN r."resolution" = 'PT1H' THEN hp.mean ELSE coalesce(q.price, hp.hourly) END AS price
       ) pr
       GROUP BY 1, 2 ORDER BY 1, 2
     )
     SELECT (SELECT count(*) FROM r) AS readings`,
    month.customers,
  );
  return Number(result.rows[0]?.readings ?? 0);
}

/** Whether a point's rollup hours in [from, to) equal what consumption_hour_refresh() makes of them. */
export async function rollupMatchesTrigger(
  sql: pg.Client,
  pointId: string,
  from: Date,
  to: Date,
): Promise<boolean> {
  const hours = `FROM "ConsumptionHour" h WHERE h."meteringPointId" = $1 AND h."hourStart" >= $2 AND h."hourStart" < $3`;
  const rows = async () =>
    (
      await sql.query<{ v: string | null }>(
        `SELECT string_agg(h::text, ';' ORDER BY h."hourStart") AS v ${hours}`,
        [pointId, from, to],
      )
    ).rows[0]?.v ?? null;
  await sql.query("BEGIN");
  try {
    const generated = await rows();
    await sql.query(
      `SELECT consumption_hour_refresh(array_agg(h."meteringPointId"), array_agg(h."hourStart"), false) ${hours}`,
      [pointId, from, to],
    );
    return generated !== null && generated === (await rows());
  } finally {
    await sql.query("ROLLBACK");
  }
}
