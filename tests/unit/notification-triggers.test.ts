// The daily price notifications' rules: a complete day hour by hour (quarters or hours, DST days), the
// cheapest three consecutive hours, the price alert, and the texts a lock screen shows.
import { describe, expect, it } from "vitest";
import { cheapestWindow } from "@/features/notifications/domain/cheapest-hours";
import { dayHourPrices, type PriceInterval } from "@/features/notifications/domain/day-prices";
import { priceAlert } from "@/features/notifications/domain/price-alert";
import {
  invoiceIssuedMessage,
  priceAboveMessage,
  tomorrowPricesMessage,
} from "@/features/notifications/domain/trigger-texts";
import { HOUR_MS, QUARTER_HOUR_MS } from "@/platform/time/durations";
import { hoursInOsloDay, osloMidnight } from "@/platform/time/oslo-calendar";

/** A day's prices, one per hour from `prices` (øre excl. VAT), as hourly or quarter-hourly intervals. */
function day(date: string, prices: readonly number[], quarters = true): PriceInterval[] {
  const first = osloMidnight(date).getTime();
  return prices.flatMap((ore, i) =>
    quarters
      ? [0, 1, 2, 3].map((q) => ({
          start: new Date(first + i * HOUR_MS + q * QUARTER_HOUR_MS),
          orePerKwh: String(ore),
        }))
      : [{ start: new Date(first + i * HOUR_MS), orePerKwh: String(ore) }],
  );
}

const flat = (date: string, ore: number) => Array.from({ length: hoursInOsloDay(date) }, () => ore);
const VAT = 2500;

describe("a day's hour prices", () => {
  it("are the mean of each hour's four quarters with 25 % VAT", () => {
    const intervals = day("2026-01-15", flat("2026-01-15", 40));
    // One hour's quarters 10, 20, 30, 40: its mean is 25, with VAT 31.25.
    [10, 20, 30, 40].forEach((ore, q) => {
      intervals[q] = { start: (intervals[q] as PriceInterval).start, orePerKwh: String(ore) };
    });
    const hours = dayHourPrices("2026-01-15", intervals, VAT);
    expect(hours).toHaveLength(24);
    expect(hours?.[0]?.scaledOre).toBe(312_500_000_000n);
    expect(hours?.[1]?.scaledOre).toBe(500_000_000_000n);
  });

  it("take hourly prices as they come (before 2025-10-01) and no VAT where the point is exempt", () => {
    const hours = dayHourPrices("2025-06-02", day("2025-06-02", flat("2025-06-02", 40), false), 0);
    expect(hours).toHaveLength(24);
    expect(hours?.every((h) => h.scaledOre === 400_000_000_000n)).toBe(true);
  });

  it("count 23 hours when the clocks go forward and 25 when they go back", () => {
    expect(dayHourPrices("2026-03-29", day("2026-03-29", flat("2026-03-29", 40)), VAT)).toHaveLength(23);
    expect(dayHourPrices("2026-10-25", day("2026-10-25", flat("2026-10-25", 40)), VAT)).toHaveLength(25);
  });

  it("are nothing until every hour's prices are in", () => {
    const missingQuarter = day("2026-01-15", flat("2026-01-15", 40)).slice(1);
    expect(dayHourPrices("2026-01-15", missingQuarter, VAT)).toBeNull();
    // 24 hours' prices on a 25-hour day: the last hour is missing.
    expect(dayHourPrices("2026-10-25", day("2026-10-25", flat("2026-01-15", 40)), VAT)).toBeNull();
  });
});

describe("the cheapest three hours", () => {
  const prices = (date: string, list: number[]) => dayHourPrices(date, day(date, list), VAT) ?? [];

  it("are the three consecutive hours with the lowest mean, with VAT, in whole øre", () => {
    const list = flat("2026-01-15", 80);
    list.splice(2, 3, 30, 33, 35); // 02–05: mean 32.67, with VAT 40.83 → 41
    list[10] = 1; // one cheap hour alone does not make a cheap window
    const window = cheapestWindow(prices("2026-01-15", list));
    expect(window?.start).toEqual(new Date(osloMidnight("2026-01-15").getTime() + 2 * HOUR_MS));
    expect(window?.meanOre).toBe(41);
  });

  it("of equally cheap windows, and on a day of equal prices, are the earliest", () => {
    const list = flat("2026-01-15", 80);
    list.splice(20, 3, 10, 10, 10);
    list.splice(4, 3, 10, 10, 10);
    expect(cheapestWindow(prices("2026-01-15", list))?.start.getTime()).toBe(
      osloMidnight("2026-01-15").getTime() + 4 * HOUR_MS,
    );
    const equal = cheapestWindow(prices("2026-01-15", flat("2026-01-15", 50)));
    expect(equal?.start).toEqual(osloMidnight("2026-01-15"));
    expect(equal?.meanOre).toBe(63); // 62.5 rounds away from zero
  });

  it("run across the hour the spring change skips: 01, 03 and 04 are three hours, named 01–05", () => {
    const list = flat("2026-03-29", 80);
    list.splice(1, 3, 10, 10, 10); // the day's 2nd, 3rd and 4th hours: 01:00, 03:00, 04:00
    const window = cheapestWindow(prices("2026-03-29", list));
    expect(window && window.end.getTime() - window.start.getTime()).toBe(3 * HOUR_MS);
    const text = window && tomorrowPricesMessage("NO1", window, false).body;
    expect(text).toBe(
      "Strømprisene for i morgen er klare (NO1). Billigst kl. 01–05: 13 øre/kWh med mva i snitt.",
    );
  });

  it("count both of October's 02:00 hours: a window from 01:00 ends at 03:00", () => {
    const list = flat("2026-10-25", 80);
    list.splice(1, 3, 10, 10, 10); // 01:00, 02:00 summer time, 02:00 winter time
    const window = cheapestWindow(prices("2026-10-25", list));
    expect(window && tomorrowPricesMessage("NO5", window, true).body).toBe(
      "Strømprisene for i morgen er klare (NO5). Billigst kl. 01–03: 13 øre/kWh uten mva i snitt.",
    );
  });

  it("ending with the day end at 24, not 00", () => {
    const list = flat("2026-01-15", 80);
    list.splice(21, 3, 8, 8, 8);
    const window = cheapestWindow(prices("2026-01-15", list));
    expect(window && tomorrowPricesMessage("NO2", window, false).body).toContain(
      "Billigst kl. 21–24: 10 øre/kWh",
    );
  });
});

describe("the price alert", () => {
  const hours = (list: number[]) => dayHourPrices("2026-01-15", day("2026-01-15", list), VAT) ?? [];

  it("names the first run of hours above the level and the day's peak", () => {
    const list = flat("2026-01-15", 40); // 50 øre with VAT
    list.splice(7, 2, 100, 120); // 125 and 150 with VAT
    list.splice(17, 2, 160, 90); // 200, 112.5
    const alert = priceAlert(hours(list), 100);
    const message = alert && priceAboveMessage("NO1", 100, alert, false);
    expect(message?.body).toBe(
      "Strømprisen i morgen (NO1) går over 100 øre/kWh kl. 07–09. Høyest kl. 17–18: 200 øre/kWh med mva.",
    );
  });

  it("is nothing when no hour goes above the level, and an hour at the level is not above it", () => {
    expect(priceAlert(hours(flat("2026-01-15", 80)), 100)).toBeNull(); // exactly 100 with VAT
    expect(priceAlert(hours(flat("2026-01-15", 80)), 99)).not.toBeNull();
  });
});

describe("notification texts", () => {
  it("an invoice's names no amount and links to the invoice's page", () => {
    const message = invoiceIssuedMessage("0190f0f0-0000-7000-8000-000000000001", false);
    expect(message.title).toBe("Ny faktura fra Klarkraft");
    expect(message.body).not.toMatch(/\d/);
    expect(message.url).toBe("/min-side/faktura/0190f0f0-0000-7000-8000-000000000001");
  });
});
