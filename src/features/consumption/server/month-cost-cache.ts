import "server-only";
// The stored cost of a customer's closed months (MonthCost): what a month cost is a function of its
// hours and of the terms that priced them, so a row is valid while both are as they were. The hours are
// followed by a version per metering point and month that the rollup's triggers raise with every write
// (ConsumptionMonthVersion, migration month_cost_cache), the terms by a key: a hash of the contracts,
// supply and history windows and Norgespris periods as they meet the month, the usage type, the
// municipality (VAT), the rate tables and the cost function's version. The version is read before the
// hours are, so a write between the two leaves the stored row stale, never wrong.
import { createHash } from "node:crypto";
import { z } from "zod";
import { type DatePeriod, intersect, type MonthCost, RATES } from "@/features/pricing";
import type { Prisma } from "@/generated/prisma/client";
import type { PricingInputs } from "./pricing-inputs";

/** Raise when a change to the cost function changes what a month costs: every stored month is then stale. */
export const COST_FUNCTION_VERSION = 1;

export interface CacheScope {
  customerId: string;
  meteringPointId: string;
}

/** A month to look up: its first day and the key of the terms it is priced with now. */
export interface CachedMonthQuery {
  from: string;
  key: string;
}

/** The month's cost as stored, or null when it was not stored or no longer holds; and its hours' version now. */
export interface CachedMonth {
  from: string;
  cost: MonthCost | null;
  hoursVersion: number;
}

const storedMonthCost = z.object({
  month: z.string(),
  kwh: z.string(),
  unpricedKwh: z.string(),
  vatExempt: z.boolean(),
  vatBasisPoints: z.number().int(),
  schemes: z.array(z.enum(["stromstotte", "norgespris", "none"])),
  energyOre: z.number().int(),
  markupOre: z.number().int(),
  monthlyFeeOre: z.number().int(),
  stromstotteOre: z.number().int(),
  norgesprisOre: z.number().int(),
  retailVatOre: z.number().int(),
  schemeVatOre: z.number().int(),
  retailTotalOre: z.number().int(),
  totalOre: z.number().int(),
}) satisfies z.ZodType<MonthCost>;

/** The key of everything besides its hours that prices the month [from, to). */
export function monthInputsKey(inputs: PricingInputs, month: { from: string; to: string }): string {
  const within = <P extends DatePeriod>(periods: readonly P[]) =>
    periods.flatMap((p) => {
      const overlap = intersect(p, month);
      return overlap ? [{ ...p, ...overlap }] : [];
    });
  const terms = {
    version: COST_FUNCTION_VERSION,
    rates: RATES,
    usageType: inputs.meteringPoint.usageType,
    municipalityNumber: inputs.meteringPoint.municipalityNumber,
    supply: within(inputs.supply),
    history: within(inputs.history),
    contracts: within(inputs.contracts),
    norgespris: within(inputs.norgespris),
  };
  return createHash("sha256").update(JSON.stringify(terms)).digest("base64url");
}

/** The months' stored costs that still hold, and each month's hours version now: one query. */
export async function cachedMonths(
  sql: Pick<Prisma.TransactionClient, "$queryRaw">,
  scope: CacheScope,
  months: readonly CachedMonthQuery[],
): Promise<CachedMonth[]> {
  const rows = await sql.$queryRaw<
    { from: string; version: bigint; inputsKey: string | null; hoursVersion: bigint | null; cost: unknown }[]
  >`
    SELECT to_char(m.month, 'YYYY-MM-DD') AS "from", coalesce(v."version", 0) AS "version",
           c."inputsKey", c."hoursVersion", c."cost"
    FROM unnest(string_to_array(${months.map((m) => m.from).join(",")}, ',')::date[]) AS m(month)
    LEFT JOIN "ConsumptionMonthVersion" v
      ON v."meteringPointId" = ${scope.meteringPointId}::uuid AND v."month" = m.month
    LEFT JOIN "MonthCost" c
      ON c."customerId" = ${scope.customerId}::uuid AND c."meteringPointId" = ${scope.meteringPointId}::uuid
     AND c."month" = m.month`;
  const keys = new Map(months.map((m) => [m.from, m.key]));
  return rows.map((row) => {
    const holds = row.inputsKey === keys.get(row.from) && row.hoursVersion === row.version;
    const parsed = holds ? storedMonthCost.safeParse(row.cost) : null;
    return { from: row.from, cost: parsed?.success ? parsed.data : null, hoursVersion: Number(row.version) };
  });
}

/** Stores computed months; a row from newer hours than the one given is kept. */
export async function storeMonths(
  sql: Pick<Prisma.TransactionClient, "$executeRaw">,
  scope: CacheScope,
  months: readonly { from: string; key: string; hoursVersion: number; cost: MonthCost }[],
): Promise<void> {
  if (months.length === 0) return;
  const rows = months.map((m) => ({ month: m.from, key: m.key, version: m.hoursVersion, cost: m.cost }));
  await sql.$executeRaw`
    INSERT INTO "MonthCost" ("customerId", "meteringPointId", "month", "inputsKey", "hoursVersion", "cost")
    SELECT ${scope.customerId}::uuid, ${scope.meteringPointId}::uuid, r.month, r.key, r.version, r.cost
    FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(month date, key text, version bigint, cost jsonb)
    ON CONFLICT ("customerId", "meteringPointId", "month") DO UPDATE
      SET "inputsKey" = excluded."inputsKey", "hoursVersion" = excluded."hoursVersion",
          "cost" = excluded."cost", "computedAt" = now()
      WHERE "MonthCost"."hoursVersion" <= excluded."hoursVersion"`;
}
