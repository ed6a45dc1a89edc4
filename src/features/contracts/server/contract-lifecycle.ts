import "server-only";
import { writeAuditRows } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
// A contract is made PENDING with a start date, and ended (Avtale, a move) by setting its end date ahead
// of time. Once those dates have come, the contract is ACTIVE or TERMINATED, and a customer with no
// contract and no supply left is ENDED from the last end date: the statuses that erasure, the retention
// rules and the overview read. Runs daily, and at the start of every retention run so the rules never
// read a status the calendar has overtaken.
import { osloDate } from "@/platform/time/oslo-calendar";

/** Contracts that supply on `today` (an Oslo date) or will later: not terminated and not past their end. */
export function supplyingContracts(today: string) {
  return {
    status: { in: ["ACTIVE", "PENDING"] },
    OR: [{ endDate: null }, { endDate: { gt: new Date(today) } }],
  } satisfies Prisma.ContractWhereInput;
}

export interface LifecycleChanges {
  contractsStarted: number;
  contractsEnded: number;
  customersEnded: number;
}

/** Turns start and end dates that have come into statuses, with one audit row per change. */
export async function applyContractDates(tx: Prisma.TransactionClient, now: Date): Promise<LifecycleChanges> {
  const today = osloDate(now);
  const started = await tx.$queryRaw<{ id: string; customerId: string }[]>`
    UPDATE "Contract" SET status = 'ACTIVE', "updatedAt" = now()
    WHERE status = 'PENDING' AND "startDate" <= ${today}::date AND ("endDate" IS NULL OR "endDate" > ${today}::date)
    RETURNING id, "customerId"`;
  const contracts = await tx.$queryRaw<{ id: string; customerId: string }[]>`
    UPDATE "Contract" SET status = 'TERMINATED', "updatedAt" = now()
    WHERE status <> 'TERMINATED' AND "endDate" <= ${today}::date
    RETURNING id, "customerId"`;
  const customers = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Customer" AS c
    SET status = 'ENDED', "endedAt" = (ended."lastEnd"::timestamp AT TIME ZONE 'Europe/Oslo'), "updatedAt" = now()
    FROM (
      SELECT "customerId", max("endDate") AS "lastEnd" FROM "Contract"
      GROUP BY "customerId" HAVING bool_and(status = 'TERMINATED')
    ) AS ended
    WHERE c.id = ended."customerId" AND c.status = 'ACTIVE'
      AND NOT EXISTS (
        SELECT 1 FROM "SupplyPeriod" s
        WHERE s."customerId" = c.id AND (s."toDate" IS NULL OR s."toDate" > ${today}::date))
    RETURNING c.id`;
  const contractEntry =
    (action: "contract.started" | "contract.ended") => (c: { id: string; customerId: string }) => ({
      actorUserId: null,
      actorRole: "SYSTEM" as const,
      action,
      subjectCustomerId: c.customerId,
      targetType: "Contract",
      targetId: c.id,
    });
  await writeAuditRows(tx, [
    ...started.map(contractEntry("contract.started")),
    ...contracts.map(contractEntry("contract.ended")),
    ...customers.map((c) => ({
      actorUserId: null,
      actorRole: "SYSTEM" as const,
      action: "customer.ended" as const,
      subjectCustomerId: c.id,
      targetType: "Customer",
      targetId: c.id,
    })),
  ]);
  return {
    contractsStarted: started.length,
    contractsEnded: contracts.length,
    customersEnded: customers.length,
  };
}

/** The daily job's entry point. */
export function updateContractStatuses(now = new Date()): Promise<LifecycleChanges> {
  return db.$transaction((tx) => applyContractDates(tx, now));
}
