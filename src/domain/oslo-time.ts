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

const OFFSET_PARTS = new Intl.DateTimeFormat("en-US", {
  timeZone: "Europe/Oslo",
  timeZoneName: "longOffset",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** ISO 8601 in Oslo wall-clock time with its offset: "2026-03-29T03:15:00.000+02:00". */
export function osloIso(instant: Date): string {
  const parts = Object.fromEntries(OFFSET_PARTS.formatToParts(instant).map((p) => [p.type, p.value]));
  const offset = parts.timeZoneName === "GMT" ? "+00:00" : (parts.timeZoneName ?? "GMT+00:00").slice(3);
  const ms = String(instant.getUTCMilliseconds()).padStart(3, "0");
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}.${ms}${offset}`;
}
