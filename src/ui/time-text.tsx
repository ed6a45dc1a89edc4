import { osloDate } from "@/platform/time/oslo-calendar";
import { osloDateLong, osloDateTime } from "@/platform/time/oslo-time";

/**
 * A calendar date ("1. januar 2025"). Dates stored as @db.Date arrive as UTC midnight, which is the
 * same day in Oslo, so the Oslo date is the stored one.
 */
export function CalendarDate({ date }: { date: Date }) {
  return <time dateTime={osloDate(date)}>{osloDateLong(date)}</time>;
}

/** An instant in Oslo time ("25. november 2026 kl. 18:04"). */
export function InstantText({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{osloDateTime(at)}</time>;
}
