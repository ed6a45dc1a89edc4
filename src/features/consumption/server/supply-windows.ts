import "server-only";
import type { Prisma } from "@/generated/prisma/client";
// Whose readings and metering points are whose, for code that asks with Prisma rather than through
// own-usage-sql.ts's SQL: a customer's readings are those inside their own supply periods and the
// history before a period's supply (SupplyPeriod.historyFromDate: Elhub's history, theirs though not
// our supply), never every reading of a metering point they are linked to (a previous or later
// tenant's stay out), and a point is free from the day its last supply period ends.
import { osloDate, osloMidnight } from "@/platform/time/oslo-calendar";

/**
 * A customer's own readings on one metering point as instants: [from, to), to null while it lasts; from
 * is where their history begins when they have one, else their supply.
 */
export interface SupplyWindow {
  meteringPointId: string;
  from: Date;
  to: Date | null;
}

type Client = Pick<Prisma.TransactionClient, "supplyPeriod">;

export async function supplyWindowsOf(client: Client, customerId: string): Promise<SupplyWindow[]> {
  const periods = await client.supplyPeriod.findMany({
    where: { customerId },
    select: { meteringPointId: true, fromDate: true, toDate: true, historyFromDate: true },
  });
  return periods.map(supplyWindow);
}

/** A SupplyPeriod row (Oslo dates) as its window of instants, its history included. */
export function supplyWindow(period: {
  meteringPointId: string;
  fromDate: Date;
  toDate: Date | null;
  historyFromDate?: Date | null;
}): SupplyWindow {
  const instant = (date: Date) => osloMidnight(date.toISOString().slice(0, 10));
  return {
    meteringPointId: period.meteringPointId,
    from: instant(period.historyFromDate ?? period.fromDate),
    to: period.toDate ? instant(period.toDate) : null,
  };
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

/** The same for the hourly rollup: supply starts and ends at Oslo midnight, on the hour grid, so whole hours. */
export function hoursWithinSupply(windows: readonly SupplyWindow[]) {
  if (windows.length === 0) return { meteringPointId: { in: [] } };
  return {
    OR: windows.map((w) => ({
      meteringPointId: w.meteringPointId,
      hourStart: { gte: w.from, ...(w.to ? { lt: w.to } : {}) },
    })),
  } satisfies Prisma.ConsumptionHourWhereInput;
}

/**
 * A where for Norgespris periods that overlap the windows: a previous tenant's ended on or before the
 * day this customer's supply began. The periods are dates; the windows' Oslo midnights become dates too.
 */
export function norgesprisWithinSupply(windows: readonly SupplyWindow[]) {
  if (windows.length === 0) return { meteringPointId: { in: [] } };
  const day = (instant: Date) => new Date(osloDate(instant));
  return {
    OR: windows.map((w) => ({
      meteringPointId: w.meteringPointId,
      ...(w.to ? { fromDate: { lt: day(w.to) } } : {}),
      OR: [{ toDate: null }, { toDate: { gt: day(w.from) } }],
    })),
  } satisfies Prisma.NorgesprisPeriodWhereInput;
}

/** Whether anyone but `exceptCustomerId` is supplied on the metering point on `date` (Oslo) or after it. */
export async function occupiedFrom(
  client: Client,
  point: { id: string } | { gsrn: string },
  date: string,
  exceptCustomerId?: string,
): Promise<boolean> {
  const other = await client.supplyPeriod.findFirst({
    where: {
      meteringPoint: point,
      ...(exceptCustomerId ? { customerId: { not: exceptCustomerId } } : {}),
      OR: [{ toDate: null }, { toDate: { gt: new Date(date) } }],
    },
    select: { id: true },
  });
  return other !== null;
}
