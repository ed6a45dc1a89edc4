import "server-only";
// What the customer's own supply on one metering point cost over [from, to) Oslo dates, by the one cost
// function: for a contract withdrawn after supply started early (the days supplied until withdrawal).
import type { CostSummary } from "@/features/pricing";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { costOfPeriod } from "./cost-of-period";
import { pricingInputs } from "./pricing-inputs";

/** Null when the customer has never been supplied on the point, or the period is empty. */
export async function costOfSupplyDays(
  input: { customerId: string; meteringPointId: string; from: string; to: string },
  sql: Pick<Prisma.TransactionClient, "$queryRaw" | "supplyPeriod"> = db,
): Promise<CostSummary | null> {
  if (input.to <= input.from) return null;
  const inputs = await pricingInputs(sql, input.customerId, input.meteringPointId);
  if (!inputs) return null;
  return costOfPeriod(sql, input.customerId, inputs, input.from, input.to);
}
