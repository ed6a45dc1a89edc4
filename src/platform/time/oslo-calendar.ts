// Oslo calendar arithmetic for buckets and periods: days, months and years start at Oslo midnight, and a
// DST-change day has 23 or 25 hours. Instants are UTC Dates; calendar dates are "YYYY-MM-DD" strings.
// Oslo's offset is a whole hour all year, so every Oslo hour and quarter starts on the UTC grid too.
import { DAY_MS } from "./durations";

const OFFSET = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const HOUR_MS = 3_600_000;

export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The Oslo wall-clock parts of an instant, through Intl: the reference the fast rule below is tested against. */
export function osloPartsIntl(instant: Date): {
  y: number;
  m: number;
  d: number;
  hour: number;
  minute: number;
} {
  const parts = Object.fromEntries(OFFSET.formatToParts(instant).map((p) => [p.type, p.value]));
  return {
    y: Number(parts.year),
    m: Number(parts.month),
    d: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  };
}

/** 01:00 UTC on the last Sunday of a month (1-based): when EU summer time starts (March) or ends (October). */
function lastSundayOneUtc(y: number, m: number): number {
  const last = Date.UTC(y, m, 0, 1);
  const weekday = (Math.floor(last / DAY_MS) + 4) % 7; // 1970-01-01 was a Thursday (4)
  return last - weekday * DAY_MS;
}

/** Summer time's [start, end) per year, worked out once: a year of hours needs two, not 17,520 Dates. */
const SUMMER_TIME = new Map<number, readonly [number, number]>();

function summerTime(y: number): readonly [number, number] {
  let span = SUMMER_TIME.get(y);
  if (!span) {
    span = [lastSundayOneUtc(y, 3), lastSundayOneUtc(y, 10)];
    SUMMER_TIME.set(y, span);
  }
  return span;
}

/**
 * Oslo's offset from UTC in hours: 2 in summer time, else 1. The EU rule (Oslo has followed it since
 * 1996): summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
 * October. Pure arithmetic, so pricing a year of hours needs no Intl call per hour.
 */
export function osloOffsetHours(instant: Date): number {
  const t = instant.getTime();
  const y = instant.getUTCFullYear();
  if (y < 1996) return osloPartsIntlOffset(instant);
  const [start, end] = summerTime(y);
  return t >= start && t < end ? 2 : 1;
}

function osloPartsIntlOffset(instant: Date): number {
  const { y, m, d, hour, minute } = osloPartsIntl(instant);
  return Math.round(
    (Date.UTC(y, m - 1, d, hour, minute) - Math.floor(instant.getTime() / 60_000) * 60_000) / HOUR_MS,
  );
}

/** The Oslo wall-clock parts of an instant. */
export function osloParts(instant: Date): { y: number; m: number; d: number; hour: number; minute: number } {
  const local = new Date(instant.getTime() + osloOffsetHours(instant) * HOUR_MS);
  return {
    y: local.getUTCFullYear(),
    m: local.getUTCMonth() + 1,
    d: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  };
}

/** The Oslo calendar date an instant falls on, "YYYY-MM-DD". */
export function osloDate(instant: Date): string {
  const { y, m, d } = osloParts(instant);
  return isoDate(y, m, d);
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Whether a string is a real calendar date (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function dateParts(value: string): [number, number, number] {
  const match = ISO_DATE.exec(value);
  if (!match) throw new RangeError(`Not a calendar date: ${value}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** The instant an Oslo calendar day starts (midnight is never inside a DST gap in Oslo). */
export function osloMidnight(date: string): Date {
  const [y, m, d] = dateParts(date);
  // Oslo is UTC+1 or UTC+2: try both and keep the one whose Oslo wall clock reads 00:00 that day.
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(y, m - 1, d) - offsetHours * HOUR_MS);
    const parts = osloParts(candidate);
    if (parts.hour === 0 && parts.minute === 0 && parts.d === d) return candidate;
  }
  throw new RangeError(`No Oslo midnight on ${date}`);
}

/** A calendar date plus whole days (negative goes back). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = dateParts(date);
  const next = new Date(Date.UTC(y, m - 1, d) + days * DAY_MS);
  return isoDate(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** A calendar date plus whole months, clamped to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = dateParts(date);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = (index % 12) + 1;
  return isoDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Whole calendar days from one date to another (to − from). */
export function daysBetween(from: string, to: string): number {
  const [fy, fm, fd] = dateParts(from);
  const [ty, tm, td] = dateParts(to);
  return Math.round((Date.UTC(ty, tm - 1, td) - Date.UTC(fy, fm - 1, fd)) / DAY_MS);
}

/** The first day of the month of a date. */
export function monthStart(date: string): string {
  return `${date.slice(0, 7)}-01`;
}

/** Hours in an Oslo day: 23 on the spring change, 25 on the autumn change, else 24. */
export function hoursInOsloDay(date: string): number {
  return (osloMidnight(addDays(date, 1)).getTime() - osloMidnight(date).getTime()) / HOUR_MS;
}

/**
 * The one way we write an instant for people and programs outside (downloads, the ZIP, the access copy,
 * `<time dateTime>`): ISO 8601 in Oslo wall-clock time with its offset, always with milliseconds, as
 * `toISOString` does: "2026-03-29T03:15:00.000+02:00". The offset tells the autumn change's two 02:00 apart.
 */
export function osloIsoString(instant: Date): string {
  const offsetHours = osloOffsetHours(instant);
  const wallClock = new Date(instant.getTime() + offsetHours * HOUR_MS).toISOString().slice(0, 23);
  return `${wallClock}+${String(offsetHours).padStart(2, "0")}:00`;
}
