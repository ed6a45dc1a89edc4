// The period's consumption as a CSV or JSON file, served by /min-side/forbruk/eksport.
import { Card } from "@/ui/card";
import { periodTitle } from "../domain/labels";
import { viewQuery } from "../domain/links";
import { type ConsumptionView, RESOLUTION_LABELS } from "../domain/view";
import { LINK } from "./link-styles";

export function ConsumptionDownloads({ view, gsrn }: { view: ConsumptionView; gsrn: string }) {
  const exportQuery = viewQuery(view, gsrn);
  return (
    <Card aria-labelledby="last-ned-tittel">
      <h2 id="last-ned-tittel" className="text-xl font-semibold text-slate-900">
        Last ned
      </h2>
      <p className="mt-2 text-slate-700">
        Forbruket for {periodTitle(view)} per {RESOLUTION_LABELS[view.resolution].toLowerCase()}, med
        tidspunkt i ISO 8601 og norsk tidssone.
      </p>
      <ul className="mt-3 flex flex-wrap gap-4">
        <li>
          <a className={LINK} href={`/min-side/forbruk/eksport?format=csv&${exportQuery}`} download>
            Last ned CSV
          </a>
        </li>
        <li>
          <a className={LINK} href={`/min-side/forbruk/eksport?format=json&${exportQuery}`} download>
            Last ned JSON
          </a>
        </li>
      </ul>
    </Card>
  );
}
