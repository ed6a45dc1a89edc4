import "server-only";
// Whose readings are whose, for code that finds readings with Prisma rather than through
// consumption-data.ts's SQL: a customer's readings are those inside their own supply periods, never
// every reading of a metering point they are linked to (a previous or later tenant's stay out).
import { osloMidnight } from "@/domain/oslo-calendar";
import type { Prisma } from "@/generated/prisma/client";

/** A customer's time on one metering point as instants: [from, to), to null while it lasts. */
export interface SupplyWindow {
  meteringPointId: string;
  from: Date;
  to: Date | null;
}

type Client = Pick<Prisma.TransactionClient, "supplyPeriod">;

export async function supplyWindowsOf(client: Client, customerId: string): Promise<SupplyWindow[]> {
  const periods = await client.supplyPeriod.findMany({
    where: { customerId },
    select: { meteringPointId: true, fromDate: true, toDate: true },
  });
  const instant = (date: Date) => osloMidnight(date.toISOString().slice(0, 10));
  return periods.map((p) => ({
    meteringPointId: p.meteringPointId,
    from: instant(p.fromDate),
    to: p.toDate ? instant(p.toDate) : null,
  }));
}

/** A where for readings (or their revisions) inside the windows, narrowed to intervals from `since`. */
export function withinSupply(windows: readonly SupplyWindow[], since?: Date) {
  if (windows.length === 0) return { meteringPointId: { in: [] } };
  return {
    ...(since ? { intervalStart: { gte: since } } : {}),
    OR: windows.map((w) => ({
      meteringPointId: w.meteringPointId,
      intervalStart: { gte: w.from, ...(w.to ? { lt: w.to } : {}) },
    })),
  } satisfies Prisma.ConsumptionReadingWhereInput & Prisma.ConsumptionReadingRevisionWhereInput;
}
