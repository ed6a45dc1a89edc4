import "server-only";
import { occupiedFrom } from "@/features/consumption/server";
import { vatBasisPointsOn } from "@/features/pricing";
import { db } from "@/platform/db";
import { osloDate } from "@/platform/time/oslo-calendar";
import type { TMoveSearch } from "../domain/contract-move";
import {
  type Actor,
  isoDate,
  type MoveOptions,
  type MoveSearchResult,
  movableContract,
  toTarget,
} from "./movable-contract";
import { askElhub } from "./move-elhub";

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
  // askElhub counts the look-up against MOVE_SEARCHES_PER_HOUR, together with the confirm step's.
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
