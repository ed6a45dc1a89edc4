import "server-only";
// Starting an export of the customer's own data (the access copy, the portability ZIP): only for the
// signed-in owner, rate-limited, and audited before the first byte leaves.
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import { hitRateLimit, type RateLimitRule } from "@/platform/rate-limit";
import { HOUR_MS } from "@/platform/time/durations";
import { type Owner, ownerOf } from "./customer-data";

/** Each export reads the whole history: a few an hour is plenty for a person, and caps the load. */
export const EXPORT_RULE: RateLimitRule = { limit: 10, windowMs: HOUR_MS };

export type ExportKind = "access-report" | "access-json" | "portability";

export type ExportStart = { ok: true; owner: Owner } | { ok: false; reason: "too-many" | "not-found" };

export async function startExport(
  actor: { userId: string; customerId: string },
  kind: ExportKind,
  now = new Date(),
): Promise<ExportStart> {
  if (!(await hitRateLimit("privacy-export", actor.customerId, EXPORT_RULE, now)).allowed) {
    return { ok: false, reason: "too-many" };
  }
  const owner = await ownerOf(actor.customerId);
  if (!owner) return { ok: false, reason: "not-found" };
  await writeAudit(db, {
    actorUserId: actor.userId,
    actorRole: "CUSTOMER",
    action: `privacy.export.${kind}`,
    subjectCustomerId: actor.customerId,
    targetType: "Customer",
    targetId: actor.customerId,
  });
  return { ok: true, owner };
}
