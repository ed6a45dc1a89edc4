// Choosing what the Forbruk page shows: the metering point (when there are several), the period kind
// and resolution, and the period before or after. Every choice is a plain link or GET form.
import Link from "next/link";
import { PERIOD_NOUNS, periodTitle } from "../domain/labels";
import { viewQuery } from "../domain/links";
import {
  type ConsumptionView,
  keyFor,
  PERIOD_KINDS,
  PERIOD_LABELS,
  RESOLUTION_LABELS,
  RESOLUTIONS_FOR,
  shiftView,
} from "../domain/view";
import { LINK, PILL } from "./link-styles";

type ViewLink = Pick<ConsumptionView, "kind" | "key" | "resolution">;

interface ViewNavigationProps {
  view: ConsumptionView;
  /** Only when the customer has several points: then the links keep the one shown. */
  gsrn: string | undefined;
  today: string;
}

/** The Forbruk page's address for a view; the GSRN only when the customer has several points. */
export function forbrukHref(view: ViewLink, gsrn: string | undefined): string {
  return `/min-side/forbruk?${viewQuery(view, gsrn)}`;
}

export function PointPicker({
  view,
  points,
  gsrn,
}: {
  view: ConsumptionView;
  points: readonly { id: string; gsrn: string; address: string }[];
  gsrn: string;
}) {
  return (
    <form method="get" action="/min-side/forbruk" className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="periode" value={view.kind} />
      <input type="hidden" name="dato" value={view.key} />
      <input type="hidden" name="opplosning" value={view.resolution} />
      <label className="flex flex-col gap-1">
        <span className="font-medium text-slate-800">Målepunkt</span>
        <select name="malepunkt" defaultValue={gsrn} className="rounded-md border border-slate-400 px-3 py-2">
          {points.map((p) => (
            <option key={p.id} value={p.gsrn}>
              {p.address} ({p.gsrn})
            </option>
          ))}
        </select>
      </label>
      <button
        type="submit"
        className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800"
      >
        Vis
      </button>
    </form>
  );
}

/** Period kind and resolution, as pills; the current one is marked as the page. */
export function PeriodChoice({ view, gsrn, today }: ViewNavigationProps) {
  return (
    <nav aria-label="Velg periode og oppløsning" className="flex flex-col gap-3">
      <ul className="flex flex-wrap gap-2" aria-label="Periode">
        {PERIOD_KINDS.map((kind) => (
          <li key={kind}>
            <Link
              className={PILL}
              aria-current={kind === view.kind ? "page" : undefined}
              href={forbrukHref(
                {
                  kind,
                  key: keyFor(kind, view.kind === "dag" ? view.from : today),
                  resolution: RESOLUTIONS_FOR[kind][0] ?? "dag",
                },
                gsrn,
              )}
            >
              {PERIOD_LABELS[kind]}
            </Link>
          </li>
        ))}
      </ul>
      <ul className="flex flex-wrap items-center gap-2" aria-label="Oppløsning">
        {RESOLUTIONS_FOR[view.kind].map((resolution) => (
          <li key={resolution}>
            <Link
              className={PILL}
              aria-current={resolution === view.resolution ? "page" : undefined}
              href={forbrukHref({ ...view, resolution }, gsrn)}
            >
              Per {RESOLUTION_LABELS[resolution].toLowerCase()}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The period's title between links to the period before and after (none after today). */
export function PeriodStepper({ view, gsrn, today }: ViewNavigationProps) {
  const nouns = PERIOD_NOUNS[view.kind];
  const previous = shiftView(view, "forrige");
  const next = shiftView(view, "neste");
  return (
    <div className="flex flex-wrap items-center justify-between gap-3">
      <Link className={LINK} href={forbrukHref(previous, gsrn)} rel="prev">
        <span aria-hidden="true">← </span>
        {nouns.previous}
      </Link>
      <h2 id="periode-tittel" className="text-2xl font-bold text-slate-900 first-letter:uppercase">
        {periodTitle(view)}
      </h2>
      {next.from <= today ? (
        <Link className={LINK} href={forbrukHref(next, gsrn)} rel="next">
          {nouns.next}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className="text-slate-500">{nouns.next}</span>
      )}
    </div>
  );
}
