import { osloDateLong } from "@/platform/time/oslo-time";
import { lastDayOf } from "../domain/request-deadline";

/** What an erasure deletes at once and what the law keeps until when: for the customer and for staff. */
export function ErasureOutcome({
  erased,
  kept,
}: {
  erased: readonly { field: string; label: string }[];
  kept: readonly { field: string; label: string; law: string; until: Date | null }[];
}) {
  return (
    <div className="mt-4 grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="text-lg font-semibold text-slate-900">Slettes med en gang</h3>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
          {erased.map((item) => (
            <li key={item.field}>{item.label}</li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="text-lg font-semibold text-slate-900">Beholdes fordi loven krever det</h3>
        <ul className="mt-2 space-y-3 text-slate-700">
          {kept.map((item) => (
            <li key={item.field}>
              <span className="font-medium">{item.label}</span>
              {item.until ? ` – til og med ${osloDateLong(lastDayOf(item.until))}` : ""}.{" "}
              <span className="text-sm">{item.law}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
