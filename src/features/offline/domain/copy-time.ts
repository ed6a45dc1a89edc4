// From when the offline banner says a copy is. A session lasts up to 8 hours, so a copy may be from
// before midnight: then the day is named too.
import { osloClockTime, osloDateLong, osloDayMonth } from "@/platform/time/oslo-time";

/** "kl. 14:32" for a copy from today (Oslo), else "6. desember kl. 23:10". */
export function copyTimeText(fetchedAt: Date, now: Date): string {
  const clock = `kl. ${osloClockTime(fetchedAt)}`;
  return osloDateLong(fetchedAt) === osloDateLong(now) ? clock : `${osloDayMonth(fetchedAt)} ${clock}`;
}
