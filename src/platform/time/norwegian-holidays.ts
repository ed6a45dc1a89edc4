// Norway's days that are not working days for a deadline: Saturdays, Sundays, the public holidays
// (helligdager, lov om helligdager og helligdagsfred § 2) and the two høytidsdager 1 and 17 May.
// Christmas Eve and New Year's Eve are ordinary days in law. Pure arithmetic on calendar dates.
import { addDays, isoDate } from "./oslo-calendar";

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

const HOLIDAYS = new Map<number, ReadonlySet<string>>();

/** The public holidays and høytidsdager of a year, as "YYYY-MM-DD". */
export function norwegianHolidays(year: number): ReadonlySet<string> {
  let found = HOLIDAYS.get(year);
  if (!found) {
    const easter = easterSunday(year);
    found = new Set([
      isoDate(year, 1, 1), // Første nyttårsdag
      addDays(easter, -3), // Skjærtorsdag
      addDays(easter, -2), // Langfredag
      easter, // Første påskedag
      addDays(easter, 1), // Andre påskedag
      isoDate(year, 5, 1), // Offentlig høytidsdag
      isoDate(year, 5, 17), // Grunnlovsdag
      addDays(easter, 39), // Kristi himmelfartsdag
      addDays(easter, 49), // Første pinsedag
      addDays(easter, 50), // Andre pinsedag
      isoDate(year, 12, 25), // Første juledag
      isoDate(year, 12, 26), // Andre juledag
    ]);
    HOLIDAYS.set(year, found);
  }
  return found;
}

/** 0 Sunday … 6 Saturday, for a calendar date. */
export function weekday(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Whether a deadline ending on this date moves on: a Saturday, a Sunday, a holiday or 1/17 May. */
export function isNonWorkingDay(date: string): boolean {
  const day = weekday(date);
  return day === 0 || day === 6 || norwegianHolidays(Number(date.slice(0, 4))).has(date);
}

/** The date itself if it is a working day, else the next one that is. */
export function nextWorkingDay(date: string): string {
  let day = date;
  while (isNonWorkingDay(day)) day = addDays(day, 1);
  return day;
}
