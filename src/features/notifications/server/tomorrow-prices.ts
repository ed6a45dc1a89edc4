import "server-only";
// The daily price notifications (recurring job notify-tomorrows-prices, after each spot-price import):
// once an area's prices for tomorrow are all in, each customer supplied in that area tomorrow who chose
// it hears of the day's cheapest hours, and of hours above their level. Each is claimed for the day with
// a conditional update before it is queued, so a second or concurrent run sends nothing.
import { isVatExempt, vatBasisPointsOn } from "@/features/pricing";
import { db } from "@/platform/db";
import { logError } from "@/platform/log";
import { addDays, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { cheapestWindow } from "../domain/cheapest-hours";
import { dayHourPrices, type HourPrice, type PriceInterval } from "../domain/day-prices";
import { priceAlert } from "../domain/price-alert";
import { priceAboveMessage, tomorrowPricesMessage } from "../domain/trigger-texts";
import { claimDay, releaseDay } from "./claim-day";
import { queuePush } from "./queue-push";

export interface TomorrowPricesRun {
  deliveryDay: string;
  /** Areas whose prices for the day are all in. */
  completeAreas: string[];
  pricesQueued: number;
  alertsQueued: number;
}

/** Tomorrow's prices per area, or nothing for an area until every hour's are in. */
async function completeDays(day: string) {
  const rows = await db.spotPrice.findMany({
    where: { intervalStart: { gte: osloMidnight(day), lt: osloMidnight(addDays(day, 1)) } },
    select: { priceArea: true, intervalStart: true, priceOrePerKwh: true },
  });
  const byArea = new Map<string, PriceInterval[]>();
  for (const row of rows) {
    const list = byArea.get(row.priceArea) ?? [];
    list.push({ start: row.intervalStart, orePerKwh: row.priceOrePerKwh.toFixed(4) });
    byArea.set(row.priceArea, list);
  }
  const vat = vatBasisPointsOn(day);
  const days = new Map<string, { withVat: HourPrice[]; exempt: HourPrice[] }>();
  for (const [area, intervals] of byArea) {
    const withVat = dayHourPrices(day, intervals, vat);
    const exempt = dayHourPrices(day, intervals, 0);
    if (withVat && exempt) days.set(area, { withVat, exempt });
  }
  return days;
}

/**
 * Who chose a price notification and is supplied on `day`, with the point that decides their area and
 * VAT: of several points, the first by målepunkt-ID (one notification a day, not one per point).
 */
async function recipients(day: string) {
  const date = new Date(day);
  const supplied = {
    fromDate: { lte: date },
    OR: [{ toDate: null }, { toDate: { gt: date } }],
  };
  const rows = await db.notificationPreference.findMany({
    where: {
      OR: [{ tomorrowPrices: true }, { priceAboveOre: { not: null } }],
      // Restricted processing (Art. 18) or erased: nothing to claim, deliverPush would send nothing.
      customer: { restrictedAt: null, anonymisedAt: null, supplyPeriods: { some: supplied } },
    },
    select: {
      customerId: true,
      tomorrowPrices: true,
      priceAboveOre: true,
      customer: {
        select: {
          supplyPeriods: {
            where: supplied,
            orderBy: { meteringPoint: { gsrn: "asc" } },
            take: 1,
            select: { meteringPoint: { select: { priceArea: true, municipalityNumber: true } } },
          },
        },
      },
    },
  });
  return rows.flatMap(({ customer, ...choice }) => {
    const point = customer.supplyPeriods[0]?.meteringPoint;
    return point
      ? [{ ...choice, area: point.priceArea, vatExempt: isVatExempt(point.municipalityNumber) }]
      : [];
  });
}

type Recipient = Awaited<ReturnType<typeof recipients>>[number];

type DailyColumn = "tomorrowPricesSentFor" | "priceAlertSentFor";

/** Queues a claimed day's notification; a day that could not be queued is given back for the next run. */
async function queueClaimed(
  day: string,
  customerId: string,
  column: DailyColumn,
  queue: () => Promise<boolean>,
) {
  if (await queue()) return true;
  await releaseDay(customerId, column, day);
  return false;
}

/** The customer's two notifications for the day; which of them were queued. */
async function notifyOne(day: string, who: Recipient, hours: HourPrice[]) {
  const { customerId, area, vatExempt } = who;
  const sent = { prices: false, alert: false };
  const window = cheapestWindow(hours);
  if (who.tomorrowPrices && window && (await claimDay(customerId, "tomorrowPricesSentFor", day))) {
    sent.prices = await queueClaimed(day, customerId, "tomorrowPricesSentFor", () =>
      queuePush(customerId, "tomorrow-prices", tomorrowPricesMessage(area, window, vatExempt)),
    );
  }
  const level = who.priceAboveOre;
  const alert = level === null ? null : priceAlert(hours, level);
  if (level !== null && alert && (await claimDay(customerId, "priceAlertSentFor", day, level))) {
    sent.alert = await queueClaimed(day, customerId, "priceAlertSentFor", () =>
      queuePush(customerId, "price-above", priceAboveMessage(area, level, alert, vatExempt)),
    );
  }
  return sent;
}

export async function notifyTomorrowsPrices(now = new Date()): Promise<TomorrowPricesRun> {
  const day = addDays(osloDate(now), 1);
  const days = await completeDays(day);
  const run: TomorrowPricesRun = {
    deliveryDay: day,
    completeAreas: [...days.keys()],
    pricesQueued: 0,
    alertsQueued: 0,
  };
  if (days.size === 0) return run;
  for (const who of await recipients(day)) {
    const prices = days.get(who.area);
    if (!prices) continue;
    try {
      const sent = await notifyOne(day, who, who.vatExempt ? prices.exempt : prices.withVat);
      run.pricesQueued += Number(sent.prices);
      run.alertsQueued += Number(sent.alert);
    } catch (error) {
      // One customer's failure (the database) must not keep the others uninformed.
      logError("notifications.tomorrow-prices", error);
    }
  }
  return run;
}
