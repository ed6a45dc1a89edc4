import "server-only";
import type { SupplyWindow } from "@/features/consumption/server";
import { withinSupply } from "@/features/consumption/server";
import { CARD_INVOICES_SHOWN } from "@/features/invoices";
import { customerInvoicesSelect } from "@/features/invoices/server";
import type { Prisma } from "@/generated/prisma/client";

/** Everything the staff customer card shows, read as one statement (relationJoins). */
export const CUSTOMER_CARD_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  customerNumber: true,
  status: true,
  email: true,
  phone: true,
  street: true,
  postalCode: true,
  city: true,
  nationalIdCiphertext: true,
  createdAt: true,
  endedAt: true,
  restrictedAt: true,
  marketingObjectedAt: true,
  profilingObjectedAt: true,
  contracts: {
    orderBy: { startDate: "desc" },
    select: {
      id: true,
      product: true,
      status: true,
      startDate: true,
      endDate: true,
      withdrawnAt: true,
      meteringPoint: { select: { gsrn: true } },
    },
  },
  // The points the customer is, was or will be supplied on: the supply periods decide, not
  // MeteringPoint.customerId, which a move reported ahead hands over on the day it is confirmed.
  supplyPeriods: {
    orderBy: { fromDate: "desc" },
    select: {
      fromDate: true,
      toDate: true,
      historyFromDate: true,
      meteringPoint: {
        select: {
          id: true,
          gsrn: true,
          meterNumber: true,
          street: true,
          postalCode: true,
          city: true,
          priceArea: true,
          gridCompany: true,
        },
      },
    },
  },
  consents: {
    orderBy: { createdAt: "desc" },
    take: 1,
    select: { statistics: true, marketing: true, policyVersion: true, createdAt: true },
  },
  privacyRequests: {
    orderBy: { receivedAt: "desc" },
    select: { id: true, type: true, status: true, receivedAt: true, dueAt: true, extendedDueAt: true },
  },
  inquiries: {
    orderBy: { createdAt: "desc" },
    select: { id: true, subject: true, status: true, createdAt: true },
  },
  invoices: customerInvoicesSelect(CARD_INVOICES_SHOWN),
  onboarding: {
    select: {
      id: true,
      status: true,
      createdAt: true,
      creditOutcome: true,
      reviewCase: { select: { status: true } },
    },
  },
} as const satisfies Prisma.CustomerSelect;

export type CustomerCardRow = Prisma.CustomerGetPayload<{ select: typeof CUSTOMER_CARD_SELECT }>;

/** One entry per metering point, with its supply periods, in the order of each point's newest period. */
export function suppliedPoints<P extends { id: string }>(
  periods: { fromDate: Date; toDate: Date | null; meteringPoint: P }[],
): { point: P; supplied: { from: Date; to: Date | null }[] }[] {
  const byPoint = new Map<string, { point: P; supplied: { from: Date; to: Date | null }[] }>();
  for (const period of periods) {
    const entry = byPoint.get(period.meteringPoint.id) ?? { point: period.meteringPoint, supplied: [] };
    entry.supplied.push({ from: period.fromDate, to: period.toDate });
    byPoint.set(period.meteringPoint.id, entry);
  }
  return [...byPoint.values()];
}

export type ConsumptionSums = Map<string, { kwh: Prisma.Decimal | null; last: Date | null }>;

/** kWh per metering point since a date, counting only readings inside the customer's own supply. */
export async function consumptionSums(
  tx: Prisma.TransactionClient,
  windows: SupplyWindow[],
  since: Date,
): Promise<ConsumptionSums> {
  if (windows.length === 0) return new Map();
  const groups = await tx.consumptionReading.groupBy({
    by: ["meteringPointId"],
    where: withinSupply(windows, since),
    _sum: { kwh: true },
    _max: { intervalStart: true },
  });
  return new Map(groups.map((g) => [g.meteringPointId, { kwh: g._sum.kwh, last: g._max.intervalStart }]));
}

/** A sum of kWh rounded to whole kWh (no reading: 0). */
export function wholeKwh(sum: Prisma.Decimal | null | undefined): number {
  return sum ? Number(sum.toFixed(0)) : 0;
}
