import "server-only";
import { db } from "@/platform/db";

/**
 * Claims a daily notification for the Oslo date `day`: one conditional UPDATE that succeeds only while
 * the day is not yet marked (and, for the alert, while the level is the one the message was made for), so
 * of two runs at once exactly one sends.
 */
export async function claimDay(
  customerId: string,
  column: "tomorrowPricesSentFor" | "priceAlertSentFor",
  day: string,
  levelOre?: number,
): Promise<boolean> {
  const date = new Date(day);
  const chosen = column === "tomorrowPricesSentFor" ? { tomorrowPrices: true } : { priceAboveOre: levelOre };
  const { count } = await db.notificationPreference.updateMany({
    where: { customerId, ...chosen, OR: [{ [column]: null }, { [column]: { lt: date } }] },
    data: { [column]: date },
  });
  return count === 1;
}

/** Gives a claimed day back when its notification could not be queued, so the next run tries again. */
export async function releaseDay(
  customerId: string,
  column: "tomorrowPricesSentFor" | "priceAlertSentFor",
  day: string,
): Promise<void> {
  await db.notificationPreference.updateMany({
    where: { customerId, [column]: new Date(day) },
    data: { [column]: null },
  });
}
