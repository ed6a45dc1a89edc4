import "server-only";
import { writeAudit } from "@/features/audit/server";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { hitRateLimit } from "@/platform/rate-limit";
import type { MeteringPointCharacteristics } from "@/platform/registries/elhub/elhub";
import { registries } from "@/platform/registries/registries";
import { HOUR_MS } from "@/platform/time/durations";
import { MOVE_SEARCHES_PER_HOUR, type TMoveSearch } from "../domain/contract-move";
import type { Actor, Failure, MoveOptions } from "./movable-contract";

/**
 * Asks Elhub for the consumption points at the address that can take a supplier from us now. The
 * look-up is audited (P8), as onboarding's are: which registry, why, and what it answered.
 */
export async function askElhub(
  actor: Actor,
  input: TMoveSearch,
  currentGsrn: string,
  options: MoveOptions,
): Promise<{ ok: true; targets: MeteringPointCharacteristics[] } | Failure> {
  // Each look-up asks Elhub about an address of the customer's choosing, in the search and in the
  // confirm alike (which takes any address posted to it): limited together, so Min side is no tool
  // for surveying who lives where.
  const rule = { limit: MOVE_SEARCHES_PER_HOUR, windowMs: HOUR_MS };
  if (!(await hitRateLimit("move-search", actor.customerId, rule, options.now)).allowed) {
    return { ok: false, reason: "too-many-searches" };
  }
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
