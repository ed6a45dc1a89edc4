// The move itself. The database refuses a supply period that overlaps another customer's on the point:
// that is "metering-point-taken", and nothing is written.
import "server-only";
import { writeAudit } from "@/features/audit/server";
import { createNotice } from "@/features/notices/server";
import type { Prisma, UsageType } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { enqueueJob } from "@/platform/jobs/job-queue";
import { HISTORY_IMPORT_JOB } from "@/platform/jobs/queued-jobs";
import { logError } from "@/platform/log";
import type { MeteringPointCharacteristics } from "@/platform/registries/elhub/elhub";
import { osloDate } from "@/platform/time/oslo-calendar";
import type { TMoveConfirm } from "../domain/contract-move";
import { startSuccessor } from "./contract-change";
import { CONTRACT_PAGE } from "./contracts";
import {
  type Actor,
  type MoveFailureReason,
  type MoveOptions,
  type MoveResult,
  movableContract,
  toTarget,
} from "./movable-contract";
import { askElhub } from "./move-elhub";

/** The database's refusal of overlapping supply periods (trigger SupplyPeriod_no_overlap, SQLSTATE 23P01). */
function isSupplyOverlap(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (/SupplyPeriod periods overlap/.test(e.message)) return true;
  }
  return false;
}

class Refused extends Error {
  override name = "Refused";
  constructor(readonly reason: MoveFailureReason) {
    super(reason);
  }
}

/**
 * Step 2: the move. Elhub is asked again, and the chosen point must be among its answer. In one
 * transaction (moveContract): the old contract and supply period end at the move date (exclusive), the
 * metering point is stored from Elhub's characteristics if new, a supply period and a contract on the
 * same terms start there from the move date, with an audit row and a notice. A move back in time queues
 * the new point's readings from the move date.
 */
export async function confirmMove(
  actor: Actor,
  input: TMoveConfirm,
  options: MoveOptions = {},
): Promise<MoveResult> {
  const today = osloDate(options.now ?? new Date());
  // Checked before Elhub is asked, so a refused move costs no look-up; checked again under the lock.
  const before = await movableContract(db, actor, input, today);
  if (!before.ok) return before;
  const found = await askElhub(actor, input, before.point.gsrn, options);
  if (!found.ok) return found;
  const chosen = found.targets.find((p) => p.meteringPointId === input.gsrn);
  if (!chosen) return { ok: false, reason: "elhub-not-found" };

  let moved: { meteringPointId: string };
  try {
    moved = await db.$transaction((tx) => moveContract(tx, actor, input, today, chosen));
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    if (isSupplyOverlap(error)) return { ok: false, reason: "metering-point-taken" };
    throw error;
  }
  const historyQueued = input.moveDate < today && (await queueHistory(moved.meteringPointId, input.moveDate));
  return { ok: true, date: input.moveDate, meteringPointId: moved.meteringPointId, historyQueued };
}

type Tx = Prisma.TransactionClient;

/** The move's writes, under the contract's lock; a move no longer allowed throws Refused. */
async function moveContract(
  tx: Tx,
  actor: Actor,
  input: TMoveConfirm,
  today: string,
  chosen: MeteringPointCharacteristics,
): Promise<{ meteringPointId: string }> {
  const movable = await movableContract(tx, actor, input, today);
  if (!movable.ok) throw new Refused(movable.reason);
  const { contract, point: oldPoint } = movable;
  const point = await storeTargetPoint(tx, actor, chosen, oldPoint.usageType);
  const moveDate = new Date(input.moveDate);
  await tx.supplyPeriod.updateMany({
    where: { customerId: actor.customerId, meteringPointId: contract.meteringPointId, toDate: null },
    data: { toDate: moveDate },
  });
  await tx.supplyPeriod.create({
    data: { customerId: actor.customerId, meteringPointId: point.id, fromDate: moveDate },
    select: { id: true },
  });
  const created = await startSuccessor(tx, contract.id, input.moveDate, today, {
    customerId: actor.customerId,
    meteringPointId: point.id,
    product: contract.product,
    markupOrePerKwh: contract.markupOrePerKwh,
    monthlyFeeOre: contract.monthlyFeeOre,
    fixedPriceOrePerKwh: contract.fixedPriceOrePerKwh,
    fixedUntil: contract.fixedUntil,
    // The same agreement at a new address: the terms accepted and the day it was concluded go with it.
    termsVersion: contract.termsVersion,
    concludedAt: contract.concludedAt,
  });
  await writeAudit(tx, {
    actorUserId: actor.userId,
    actorRole: "CUSTOMER",
    action: "contract.move",
    subjectCustomerId: actor.customerId,
    targetType: "Contract",
    targetId: contract.id,
    metadata: {
      newContractId: created.id,
      fromMeteringPointId: contract.meteringPointId,
      toMeteringPointId: point.id,
      moveDate: input.moveDate,
      newMeteringPoint: point.isNew,
    },
  });
  await createNotice(tx, {
    customerId: actor.customerId,
    text: "Flyttingen er registrert. Strømavtalen følger deg til den nye adressen fra flyttedatoen.",
    href: CONTRACT_PAGE,
  });
  return { meteringPointId: point.id };
}

/** The metering point moved to, as Elhub describes it: updated if we know it, created if new. */
async function storeTargetPoint(
  tx: Tx,
  actor: Actor,
  chosen: MeteringPointCharacteristics,
  usageType: UsageType,
): Promise<{ id: string; isNew: boolean }> {
  const target = toTarget(chosen);
  const pointData = {
    meterNumber: target.meterNumber,
    street: target.street,
    postalCode: target.postalCode,
    city: target.city,
    priceArea: target.priceArea,
    gridCompany: target.gridCompany,
    municipalityNumber: chosen.address.municipalityCode,
    // The customer supplied there from the move date; the overlap trigger guards the handover.
    customerId: actor.customerId,
  };
  const existing = await tx.meteringPoint.findUnique({ where: { gsrn: target.gsrn }, select: { id: true } });
  if (existing) {
    await tx.meteringPoint.update({ where: { id: existing.id }, data: pointData, select: { id: true } });
    return { id: existing.id, isNew: false };
  }
  const created = await tx.meteringPoint.create({
    data: { gsrn: target.gsrn, usageType, ...pointData },
    select: { id: true },
  });
  return { id: created.id, isNew: true };
}

/**
 * Days before today have readings at Elhub already; later days come with the morning import. The move
 * is committed: a queue that fails now is logged, never reported as a move that failed.
 */
async function queueHistory(meteringPointId: string, from: string): Promise<boolean> {
  return enqueueJob(
    HISTORY_IMPORT_JOB,
    { meteringPointId, from },
    { singletonKey: `${meteringPointId}:${from}` },
  ).catch((error: unknown) => {
    logError("contract.move.history-enqueue", error);
    return false;
  });
}
