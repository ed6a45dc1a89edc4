import "server-only";
// The access copy's account of the customer's API calls: one line per token (how many calls, the first
// and the last), not one row per call, which a script polling every minute would make by the thousand.
// The rows themselves are "api.call" in the security log, kept API_CALL_LOG_KEPT_MONTHS.
import { db } from "@/platform/db";
import { osloIsoString } from "@/platform/time/oslo-calendar";

/** The audit action whose rows the access copy summarises instead of listing. */
export const SUMMARISED_ACTION = "api.call";

export interface ApiCallSummary {
  /** The token's id (it may have been deleted since; the calls stay until their period runs out). */
  tokenId: string;
  calls: number;
  firstCallAt: string;
  lastCallAt: string;
}

export async function apiCallSummary(customerId: string): Promise<ApiCallSummary[]> {
  const groups = await db.auditLog.groupBy({
    by: ["targetId"],
    where: { subjectCustomerId: customerId, action: SUMMARISED_ACTION },
    _count: { _all: true },
    _min: { at: true },
    _max: { at: true },
  });
  return groups
    .flatMap(({ targetId, _count, _min, _max }) =>
      targetId && _min.at && _max.at
        ? [
            {
              tokenId: targetId,
              calls: _count._all,
              firstCallAt: osloIsoString(_min.at),
              lastCallAt: osloIsoString(_max.at),
            },
          ]
        : [],
    )
    .sort((a, b) => b.lastCallAt.localeCompare(a.lastCallAt));
}
