import "server-only";
import { occupiedFrom } from "@/features/consumption/server";
import { vatBasisPointsOn } from "@/features/pricing";
import { db } from "@/platform/db";
import { hitRateLimit } from "@/platform/rate-limit";
import { HOUR_MS } from "@/platform/time/durations";
import { osloDate } from "@/platform/time/oslo-calendar";
import { MOVE_SEARCHES_PER_HOUR, type TMoveSearch } from "../domain/contract-move";
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
  // Each search asks Elhub about an address of the customer's choosing: limited, so Min side is no
  // tool for surveying who lives where.
  const rule = { limit: MOVE_SEARCHES_PER_HOUR, windowMs: HOUR_MS };
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
