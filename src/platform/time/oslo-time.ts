// Times shown to people are Norwegian wall-clock times, whatever zone the server runs in.
const DATE_TIME = new Intl.DateTimeFormat("nb-NO", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "Europe/Oslo",
});

/** "25. november 2026 kl. 18:04". */
export function osloDateTime(instant: Date): string {
  return DATE_TIME.format(instant);
}

const DATE = new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "Europe/Oslo" });

/** "25. november 2026": the Oslo calendar date of an instant. */
export function osloDateLong(instant: Date): string {
  return DATE.format(instant);
}

const CLOCK = new Intl.DateTimeFormat("nb-NO", {
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "Europe/Oslo",
});

/** "14:32": the Oslo wall-clock time of an instant. */
export function osloClockTime(instant: Date): string {
  return CLOCK.format(instant);
}

const DAY_MONTH = new Intl.DateTimeFormat("nb-NO", {
  day: "numeric",
  month: "long",
  timeZone: "Europe/Oslo",
});

/** "6. desember": the Oslo day and month of an instant, for a date close enough that the year is clear. */
export function osloDayMonth(instant: Date): string {
  return DAY_MONTH.format(instant);
}
