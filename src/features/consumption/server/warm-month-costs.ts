import "server-only";
// The daily job that prices every customer's closed months of this year and last before they look
// (recurring-jobs.ts): the months Forbruk's year views show, stored as a visit would store them
// (cached-cost-of-period.ts), so the first view of the day reads them too. A month stored and still
// valid costs one small read; one whose hours, prices or terms changed since is priced again.
import { db } from "@/platform/db";
import { monthStart, osloDate } from "@/platform/time/oslo-calendar";
import { cachedCostOfPeriod } from "./cached-cost-of-period";
import { ownPointsWithPricing } from "./pricing-inputs";

/** Customers read at a time, and priced side by side of them: bounded, beside the pages being served. */
const PAGE = 500;
const SIDE_BY_SIDE = 4;

export interface WarmedMonths {
  customers: number;
  points: number;
}

/** Prices the closed months of last year and this year of every current customer supplied in them. */
export async function warmMonthCosts(now = new Date()): Promise<WarmedMonths> {
  const today = osloDate(now);
  const from = `${Number(today.slice(0, 4)) - 1}-01-01`;
  const to = monthStart(today);
  const warmed: WarmedMonths = { customers: 0, points: 0 };
  let after: string | undefined;
  for (;;) {
    const page = await db.supplyPeriod.findMany({
      where: {
        ...(after ? { customerId: { gt: after } } : {}),
        // A former customer no longer signs in, and retention is deleting what their months cost.
        customer: { status: { not: "ENDED" } },
        // Date columns: compared with UTC midnights, as Prisma sends a date.
        fromDate: { lt: new Date(`${to}T00:00:00Z`) },
        OR: [{ toDate: null }, { toDate: { gt: new Date(`${from}T00:00:00Z`) } }],
      },
      distinct: ["customerId"],
      orderBy: { customerId: "asc" },
      take: PAGE,
      select: { customerId: true },
    });
    for (let i = 0; i < page.length; i += SIDE_BY_SIDE) {
      await Promise.all(
        page.slice(i, i + SIDE_BY_SIDE).map(async ({ customerId }) => {
          const points = await ownPointsWithPricing(db, customerId);
          for (const { inputs } of points) await cachedCostOfPeriod(customerId, inputs, from, to, today);
          warmed.customers++;
          warmed.points += points.length;
        }),
      );
    }
    if (page.length < PAGE) return warmed;
    after = page.at(-1)?.customerId;
  }
}
