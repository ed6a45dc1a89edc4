import { osloDateTime } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";
import { EVENT_NAMES, type PrivacyRequestEventKind } from "../domain/requests";

interface TimelineEvent {
  id: string;
  kind: string;
  note: string | null;
  createdAt: Date;
}

/** A privacy request's events, oldest first: the same timeline for the customer and for staff. */
export function RequestTimeline<E extends TimelineEvent>({
  events,
  actorOf,
}: {
  events: readonly E[];
  /** Who took each step, where the reader may know it (staff see the role). */
  actorOf?: (event: E) => string;
}) {
  return (
    <Card aria-labelledby="tidslinje">
      <h2 id="tidslinje" className="text-xl font-semibold text-slate-900">
        Tidslinje
      </h2>
      <ol className="mt-4 space-y-3 border-l-2 border-brand-300 pl-4">
        {events.map((event) => (
          <li key={event.id}>
            <p className="font-medium">{EVENT_NAMES[event.kind as PrivacyRequestEventKind] ?? event.kind}</p>
            <p className="text-sm text-slate-700">
              {osloDateTime(event.createdAt)}
              {actorOf && ` · ${actorOf(event)}`}
            </p>
            {event.note && <p className="mt-1 whitespace-pre-line">{event.note}</p>}
          </li>
        ))}
      </ol>
    </Card>
  );
}
