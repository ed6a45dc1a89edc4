import "server-only";
import { writeAudit } from "@/features/audit/server";
import { occupiedFrom } from "@/features/consumption/server";
import { createNotice } from "@/features/notices/server";
import { type MeteringPointOption, meteringPointOption } from "@/features/onboarding/server";
import { isVatExempt, vatBasisPointsOn } from "@/features/pricing";
import type { ContractProduct, Prisma } from "@/generated/prisma/client";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { enqueueJob } from "@/platform/jobs/job-queue";
import { HISTORY_IMPORT_JOB } from "@/platform/jobs/queued-jobs";
import { logError } from "@/platform/log";
import { hitRateLimit } from "@/platform/rate-limit";
import type { MeteringPointCharacteristics } from "@/platform/registries/elhub/elhub";
import { type Registries, registries } from "@/platform/registries/registries";
import { osloDate } from "@/platform/time/oslo-calendar";
// Reporting a move: the contract follows the customer to the metering point Elhub finds at the new
// address (BRS-NO-611: national ID + address, or national ID + meter number). Two steps:
// findMoveTarget asks Elhub and writes nothing; confirmMove asks Elhub again with the same input
// (a GSRN posted by the browser only chooses among what Elhub answers) and then, in one transaction,
// ends the old contract and supply period at the move date and starts both on the new point from it.
// The database refuses a supply period that overlaps another customer's on the point: that is
// "metering-point-taken", and nothing is written.
import {
  isSameAddress,
  MOVE_SEARCHES_PER_HOUR,
  moveDateInWindow,
  type TMoveConfirm,
  type TMoveSearch,
} from "../domain/contract-move";
import { CONTRACT_PAGE, changeableContract, startSuccessor } from "./contracts";

export interface MoveOptions {
  registries?: Registries;
  now?: Date;
}

export type MoveFailureReason =
  | "not-found"
  | "not-current"
  | "change-scheduled"
  | "date-out-of-range"
  | "same-address"
  | "same-metering-point"
  | "elhub-not-found"
  | "elhub-unavailable"
  | "blocked-for-switching"
  | "disconnected"
  | "metering-point-taken"
  | "too-many-searches";

type Failure = { ok: false; reason: MoveFailureReason };

/** A metering point at the new address, as Elhub describes it, and whether it pays VAT. */
export type MoveTarget = MeteringPointOption & { vatExempt: boolean };

/** The terms that move with the contract, and the VAT rate on the move date. */
export interface MoveTerms {
  product: ContractProduct;
  markupOrePerKwh: string;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh: string | null;
  fixedUntil: string | null;
  vatBasisPoints: number;
}

export type MoveSearchResult = { ok: true; targets: MoveTarget[]; terms: MoveTerms } | Failure;
export type MoveResult =
  | { ok: true; date: string; meteringPointId: string; historyQueued: boolean }
  | Failure;

type Actor = { userId: string; customerId: string };
type Client = Pick<Prisma.TransactionClient, "$queryRaw" | "contract" | "supplyPeriod" | "meteringPoint">;

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The contract, when the customer may move it to this date and address: their own, current, with
 * nothing scheduled, the date in the window and after both the contract and its supply started.
 */
async function movableContract(client: Client, actor: Actor, input: TMoveSearch, today: string) {
  const found = await changeableContract(client, actor.customerId, input.contractId, today);
  if (!found.ok) return found;
  const { contract, startDate } = found;
  const [point, supply] = await Promise.all([
    client.meteringPoint.findUniqueOrThrow({
      where: { id: contract.meteringPointId },
      select: { gsrn: true, street: true, postalCode: true, usageType: true },
    }),
    client.supplyPeriod.findFirst({
      where: { customerId: actor.customerId, meteringPointId: contract.meteringPointId, toDate: null },
      select: { fromDate: true },
    }),
  ]);
  const supplyFrom = supply ? isoDate(supply.fromDate) : startDate;
  if (
    !moveDateInWindow(input.moveDate, today) ||
    input.moveDate <= startDate ||
    input.moveDate <= supplyFrom
  ) {
    return { ok: false, reason: "date-out-of-range" } satisfies Failure;
  }
  if (isSameAddress(input, point)) return { ok: false, reason: "same-address" } satisfies Failure;
  return { ok: true, contract, point } as const;
}

/**
 * Asks Elhub for the consumption points at the address that can take a supplier from us now. The
 * look-up is audited (P8), as onboarding's are: which registry, why, and what it answered.
 */
async function askElhub(
  actor: Actor,
  input: TMoveSearch,
  currentGsrn: string,
  options: MoveOptions,
): Promise<{ ok: true; targets: MeteringPointCharacteristics[] } | Failure> {
  const customer = await db.customer.findUnique({
    where: { id: actor.customerId },
    select: { nationalIdCiphertext: true },
  });
  if (!customer?.nationalIdCiphertext) return { ok: false, reason: "not-found" };
  const nationalId = decryptNationalId(customer.nationalIdCiphertext);
  const elhub = (options.registries ?? registries()).elhub;
  const result = await elhub.findMeteringPoints(
    input.meterNumber
      ? { nationalId, meterNumber: input.meterNumber }
      : {
          nationalId,
          streetName: input.streetName,
          buildingNumber: input.houseNumber,
          postcode: input.postalCode,
        },
  );
  await writeAudit(db, {
    actorUserId: actor.userId,
    actorRole: "CUSTOMER",
    action: "registry.lookup",
    subjectCustomerId: actor.customerId,
    targetType: "Contract",
    targetId: input.contractId,
    metadata: { registry: "elhub", purpose: "move", outcome: result.ok ? "found" : result.reason },
  });
  if (!result.ok) {
    return { ok: false, reason: result.reason === "not-found" ? "elhub-not-found" : "elhub-unavailable" };
  }
  const consumption = result.value.filter((p) => p.meteringPointType === "E17");
  const elsewhere = consumption.filter((p) => p.meteringPointId !== currentGsrn);
  if (consumption.length > 0 && elsewhere.length === 0) return { ok: false, reason: "same-metering-point" };
  const connected = elsewhere.filter((p) => p.physicalStatusType === "E22");
  const open = connected.filter((p) => !p.blockedForSwitching);
  if (open.length > 0) return { ok: true, targets: open };
  if (connected.length > 0) return { ok: false, reason: "blocked-for-switching" };
  return { ok: false, reason: elsewhere.length > 0 ? "disconnected" : "elhub-not-found" };
}

function toTarget(point: MeteringPointCharacteristics): MoveTarget {
  return { ...meteringPointOption(point), vatExempt: isVatExempt(point.address.municipalityCode) };
}

/** Step 1: what Elhub finds at the new address, with the terms that would move there. Writes nothing. */
export async function findMoveTarget(
  actor: Actor,
  input: TMoveSearch,
  options: MoveOptions = {},
): Promise<MoveSearchResult> {
  const now = options.now ?? new Date();
  const today = osloDate(now);
  const movable = await movableContract(db, actor, input, today);
  if (!movable.ok) return movable;
  // Each search asks Elhub about an address of the customer's choosing: limited, so Min side is no
  // tool for surveying who lives where.
  const rule = { limit: MOVE_SEARCHES_PER_HOUR, windowMs: 60 * 60 * 1000 };
  if (!(await hitRateLimit("move-search", actor.customerId, rule, now)).allowed) {
    return { ok: false, reason: "too-many-searches" };
  }
  const found = await askElhub(actor, input, movable.point.gsrn, options);
  if (!found.ok) return found;
  const free = [];
  for (const target of found.targets) {
    if (!(await occupiedFrom(db, { gsrn: target.meteringPointId }, input.moveDate, actor.customerId)))
      free.push(target);
  }
  if (free.length === 0) return { ok: false, reason: "metering-point-taken" };
  const { contract } = movable;
  return {
    ok: true,
    targets: free.map(toTarget),
    terms: {
      product: contract.product,
      markupOrePerKwh: contract.markupOrePerKwh.toString(),
      monthlyFeeOre: contract.monthlyFeeOre,
      fixedPriceOrePerKwh: contract.fixedPriceOrePerKwh?.toString() ?? null,
      fixedUntil: contract.fixedUntil ? isoDate(contract.fixedUntil) : null,
      vatBasisPoints: vatBasisPointsOn(input.moveDate),
    },
  };
}

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
 * transaction: the old contract and supply period end at the move date (exclusive), the metering point
 * is stored from Elhub's characteristics if new, a supply period and a contract on the same terms start
 * there from the move date, with an audit row and a notice. A move back in time queues the new point's
 * readings from the move date.
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
  const target = toTarget(chosen);

  let moved: { meteringPointId: string };
  try {
    moved = await db.$transaction(async (tx) => {
      const movable = await movableContract(tx, actor, input, today);
      if (!movable.ok) throw new Refused(movable.reason);
      const { contract, point: oldPoint } = movable;
      const pointData = {
        meterNumber: target.meterNumber,
        street: target.street,
        postalCode: target.postalCode,
        city: target.city,
        priceArea: target.priceArea,
        gridCompany: target.gridCompany,
        municipalityNumber: chosen.address.municipalityCode,
        // The customer supplied there from the move date; the overlap trigger below guards the handover.
        customerId: actor.customerId,
      };
      const existing = await tx.meteringPoint.findUnique({
        where: { gsrn: target.gsrn },
        select: { id: true },
      });
      const point = existing
        ? await tx.meteringPoint.update({ where: { id: existing.id }, data: pointData, select: { id: true } })
        : await tx.meteringPoint.create({
            data: { gsrn: target.gsrn, usageType: oldPoint.usageType, ...pointData },
            select: { id: true },
          });
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
          newMeteringPoint: !existing,
        },
      });
      await createNotice(tx, {
        customerId: actor.customerId,
        text: "Flyttingen er registrert. Strømavtalen følger deg til den nye adressen fra flyttedatoen.",
        href: CONTRACT_PAGE,
      });
      return { meteringPointId: point.id };
    });
  } catch (error) {
    if (error instanceof Refused) return { ok: false, reason: error.reason };
    if (isSupplyOverlap(error)) return { ok: false, reason: "metering-point-taken" };
    throw error;
  }
  // Days before today have readings at Elhub already; later days come with the morning import. The
  // move is committed: a queue that fails now is logged, never reported as a move that failed.
  const historyQueued =
    input.moveDate < today &&
    (await enqueueJob(
      HISTORY_IMPORT_JOB,
      { meteringPointId: moved.meteringPointId, from: input.moveDate },
      { singletonKey: `${moved.meteringPointId}:${input.moveDate}` },
    ).catch((error: unknown) => {
      logError("contract.move.history-enqueue", error);
      return false;
    }));
  return { ok: true, date: input.moveDate, meteringPointId: moved.meteringPointId, historyQueued };
}
