// Audit actions of the scheduled jobs and scripts, where no person acts (actor SYSTEM).
import { z } from "zod";
import { code, count, none } from "./fields";

export const JOB_ACTIONS = {
  "consumption.import": z.strictObject({ purpose: code, values: count, complete: z.boolean() }),
  "contract.started": none,
  "contract.ended": none,
  "customer.ended": none,
  "retention.auth-data.purged": z.strictObject({
    sessions: count,
    resetTokens: count,
    emailCodes: count,
    rateLimitBuckets: count,
  }),
  /** The readings' month partitions a retention run dropped (both tables), and the readings in them. */
  "retention.readings-dropped": z.strictObject({ partitions: count, readings: count }),
  /** Rows each retention step changed, by the step's name. */
  "retention.run": z.record(code, count),
  "demo-data.seed": z.strictObject({ customers: count, readings: count, spotPrices: count, invoices: count }),
} as const satisfies Record<string, z.ZodType>;
