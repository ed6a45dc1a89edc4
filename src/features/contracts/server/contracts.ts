import "server-only";
// The customer's contracts: what they have, their history, and the changes they can make themselves
// (product change from a date, termination). Every query is scoped by the customer; another customer's
// contract is "not-found", exactly like one that does not exist.
import { writeAudit } from "@/features/audit/server";
import { markNoticesRead } from "@/features/notices/server";
import { fromDbDates, inDatePeriod, isVatExempt, vatBasisPointsOn } from "@/features/pricing";
import type { ContractProduct, ContractStatus, Prisma, UsageType } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { isUuid } from "@/platform/identifiers/uuid";
import { addDays, addMonths, osloDate } from "@/platform/time/oslo-calendar";
import { CONTRACT_CHANGE_MAX_DAYS_AHEAD, type OfferedProduct, PRODUCT_OFFERS } from "../domain/contract";
import { contractStatusOn } from "../domain/contract-status";

/** The contract page, where notices about contract changes lead. */
export const CONTRACT_PAGE = "/min-side/avtale";

export interface ContractView {
  id: string;
  product: ContractProduct;
  status: ContractStatus;
  markupOrePerKwh: string;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh: string | null;
  fixedUntil: string | null;
  startDate: string;
  endDate: string | null;
  /** Current: not ended before today. */
  current: boolean;
  /**
   * Why it ends: the customer's next contract starts on its end date on the same metering point
   * (product change) or on another (a move); without a successor it was terminated.
   */
  endedBy: "product-change" | "move" | "termination" | null;
  meteringPoint: {
    gsrn: string;
    address: string;
    priceArea: string;
    gridCompany: string;
    usageType: UsageType;
    vatExempt: boolean;
    /** The date Norgespris started, when it applies today. */
    norgesprisSince: string | null;
  };
}

export interface ContractsPage {
  today: string;
  vatBasisPoints: number;
  contracts: ContractView[];
}

export async function getContracts(customerId: string, now = new Date()): Promise<ContractsPage | null> {
  if (!isUuid(customerId)) return null;
  const today = osloDate(now);
  const contracts = await db.contract.findMany({
    where: { customerId },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      product: true,
      status: true,
      markupOrePerKwh: true,
      monthlyFeeOre: true,
      fixedPriceOrePerKwh: true,
      fixedUntil: true,
      startDate: true,
      endDate: true,
      meteringPointId: true,
      meteringPoint: {
        select: {
          gsrn: true,
          street: true,
          postalCode: true,
          city: true,
          priceArea: true,
          gridCompany: true,
          usageType: true,
          municipalityNumber: true,
          norgesprisPeriods: { select: { fromDate: true, toDate: true } },
        },
      },
    },
  });
  const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const endedBy = (c: (typeof contracts)[number]): ContractView["endedBy"] => {
    const end = date(c.endDate);
    if (end === null) return null;
    const next = contracts.find((n) => n.id !== c.id && date(n.startDate) === end);
    if (!next) return "termination";
    return next.meteringPointId === c.meteringPointId ? "product-change" : "move";
  };
  // Opening the contract page reads the notices that point to it (a registered move).
  await markNoticesRead(customerId, CONTRACT_PAGE);
  return {
    today,
    vatBasisPoints: vatBasisPointsOn(today),
    contracts: contracts.map((c) => {
      const point = c.meteringPoint;
      const norgespris = point.norgesprisPeriods.map(fromDbDates).find((p) => inDatePeriod(p, today));
      const endDate = date(c.endDate);
      return {
        id: c.id,
        product: c.product,
        status: contractStatusOn(c, today),
        markupOrePerKwh: c.markupOrePerKwh.toString(),
        monthlyFeeOre: c.monthlyFeeOre,
        fixedPriceOrePerKwh: c.fixedPriceOrePerKwh?.toString() ?? null,
        fixedUntil: date(c.fixedUntil),
        startDate: date(c.startDate) ?? "",
        endDate,
        current: contractStatusOn(c, today) !== "TERMINATED",
        endedBy: endedBy(c),
        meteringPoint: {
          gsrn: point.gsrn,
          address: `${point.street}, ${point.postalCode} ${point.city}`,
          priceArea: point.priceArea,
          gridCompany: point.gridCompany,
          usageType: point.usageType,
          vatExempt: isVatExempt(point.municipalityNumber),
          norgesprisSince: norgespris?.from ?? null,
        },
      };
    }),
  };
}

export type ContractChangeResult =
  | { ok: true; date: string }
  | {
      ok: false;
      reason: "not-found" | "not-current" | "same-product" | "date-out-of-range" | "change-scheduled";
    };

/** Whether a date is from tomorrow to CONTRACT_CHANGE_MAX_DAYS_AHEAD days ahead. */
function inChangeWindow(date: string, today: string): boolean {
  return date > today && date <= addDays(today, CONTRACT_CHANGE_MAX_DAYS_AHEAD);
}

type Tx = Pick<Prisma.TransactionClient, "$queryRaw" | "contract">;
type ChangeFailure = Extract<ContractChangeResult, { ok: false }>;

/**
 * The customer's own contract, locked for the change (inside a transaction), when it is current and has
 * no change scheduled; otherwise the reason. Another customer's contract is "not-found", like one that
 * does not exist.
 */
export async function changeableContract(tx: Tx, customerId: string, id: string, today: string) {
  await tx.$queryRaw`SELECT 1 FROM "Contract" WHERE id = ${id}::uuid AND "customerId" = ${customerId}::uuid FOR UPDATE`;
  const contract = await tx.contract.findFirst({
    where: { id, customerId },
    select: {
      id: true,
      product: true,
      status: true,
      startDate: true,
      endDate: true,
      meteringPointId: true,
      markupOrePerKwh: true,
      monthlyFeeOre: true,
      fixedPriceOrePerKwh: true,
      fixedUntil: true,
    },
  });
  if (!contract) return { ok: false, reason: "not-found" } satisfies ChangeFailure;
  const end = contract.endDate?.toISOString().slice(0, 10) ?? null;
  if (contract.status === "TERMINATED" || (end !== null && end <= today)) {
    return { ok: false, reason: "not-current" } satisfies ChangeFailure;
  }
  if (end !== null) return { ok: false, reason: "change-scheduled" } satisfies ChangeFailure;
  return { ok: true, contract, startDate: contract.startDate.toISOString().slice(0, 10) } as const;
}

/**
 * A contract change: the contract ends at `from` (exclusive) and its successor starts that day on the
 * terms and metering point given: pending until then (the daily status job activates it), active if
 * that day has come, when the old one is terminated in the same write. The history pairs them by that date (see `endedBy`).
 */
export async function startSuccessor(
  tx: Pick<Prisma.TransactionClient, "contract">,
  contractId: string,
  from: string,
  today: string,
  successor: Omit<Prisma.ContractUncheckedCreateInput, "status" | "startDate" | "endDate">,
): Promise<{ id: string }> {
  await tx.contract.update({
    where: { id: contractId },
    // A change dated today or earlier (a move back in time) ends the contract now, not at the daily job.
    data: { endDate: new Date(from), ...(from <= today ? { status: "TERMINATED" } : {}) },
    select: { id: true },
  });
  return tx.contract.create({
    data: { ...successor, status: from > today ? "PENDING" : "ACTIVE", startDate: new Date(from) },
    select: { id: true },
  });
}

/**
 * Switches the contract's product from a date: the contract ends the day before, and a new one on
 * today's offer starts that day, on the same metering point.
 */
export async function changeProduct(
  actor: { userId: string; customerId: string },
  input: { contractId: string; product: OfferedProduct; fromDate: string },
  now = new Date(),
): Promise<ContractChangeResult> {
  const today = osloDate(now);
  return db.$transaction(async (tx) => {
    const found = await changeableContract(tx, actor.customerId, input.contractId, today);
    if (!found.ok) return found;
    const { contract, startDate } = found;
    if (contract.product === input.product) return { ok: false, reason: "same-product" };
    if (!inChangeWindow(input.fromDate, today) || input.fromDate <= startDate) {
      return { ok: false, reason: "date-out-of-range" };
    }
    const offer = PRODUCT_OFFERS[input.product];
    const created = await startSuccessor(tx, contract.id, input.fromDate, today, {
      customerId: actor.customerId,
      meteringPointId: contract.meteringPointId,
      product: offer.product,
      markupOrePerKwh: offer.markupOrePerKwh,
      monthlyFeeOre: offer.monthlyFeeOre,
      fixedPriceOrePerKwh: offer.fixedPriceOrePerKwh,
      fixedUntil: offer.fixedMonths ? new Date(addMonths(input.fromDate, offer.fixedMonths)) : null,
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "CUSTOMER",
      action: "contract.product-change",
      subjectCustomerId: actor.customerId,
      targetType: "Contract",
      targetId: contract.id,
      metadata: { newContractId: created.id, product: offer.product, fromDate: input.fromDate },
    });
    return { ok: true, date: input.fromDate };
  });
}

/** Ends the contract and the customer's supply on its metering point at the end of the day before endDate. */
export async function terminateContract(
  actor: { userId: string; customerId: string },
  input: { contractId: string; endDate: string },
  now = new Date(),
): Promise<ContractChangeResult> {
  const today = osloDate(now);
  return db.$transaction(async (tx) => {
    const found = await changeableContract(tx, actor.customerId, input.contractId, today);
    if (!found.ok) return found;
    const { contract, startDate } = found;
    if (!inChangeWindow(input.endDate, today) || input.endDate <= startDate) {
      return { ok: false, reason: "date-out-of-range" };
    }
    await tx.contract.update({
      where: { id: contract.id },
      data: { endDate: new Date(input.endDate) },
      select: { id: true },
    });
    await tx.supplyPeriod.updateMany({
      where: { customerId: actor.customerId, meteringPointId: contract.meteringPointId, toDate: null },
      data: { toDate: new Date(input.endDate) },
    });
    await writeAudit(tx, {
      actorUserId: actor.userId,
      actorRole: "CUSTOMER",
      action: "contract.terminate",
      subjectCustomerId: actor.customerId,
      targetType: "Contract",
      targetId: contract.id,
      metadata: { endDate: input.endDate },
    });
    return { ok: true, date: input.endDate };
  });
}
