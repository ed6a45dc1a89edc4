import "server-only";
// Reporting a move: the contract follows the customer to the metering point Elhub finds at the new
// address (BRS-NO-611: national ID + address, or national ID + meter number). Two steps:
// findMoveTarget (find-move-target.ts) asks Elhub and writes nothing; confirmMove (confirm-move.ts) asks
// Elhub again with the same input and then moves the contract and supply in one transaction. Here: what
// both steps check first, and the shapes they answer with.
import { type MeteringPointOption, meteringPointOption } from "@/features/onboarding/server";
import { isVatExempt } from "@/features/pricing";
import type { ContractProduct, Prisma } from "@/generated/prisma/client";
import type { MeteringPointCharacteristics } from "@/platform/registries/elhub/elhub";
import type { Registries } from "@/platform/registries/registries";
import { isSameAddress, moveDateInWindow, type TMoveSearch } from "../domain/contract-move";
import { changeableContract } from "./contract-change";

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

export type Failure = { ok: false; reason: MoveFailureReason };

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

export type Actor = { userId: string; customerId: string };
export type Client = Pick<
  Prisma.TransactionClient,
  "$queryRaw" | "contract" | "supplyPeriod" | "meteringPoint"
>;

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The contract, when the customer may move it to this date and address: their own, current, with
 * nothing scheduled, the date in the window and after both the contract and its supply started.
 */
export async function movableContract(client: Client, actor: Actor, input: TMoveSearch, today: string) {
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

export function toTarget(point: MeteringPointCharacteristics): MoveTarget {
  return { ...meteringPointOption(point), vatExempt: isVatExempt(point.address.municipalityCode) };
}
