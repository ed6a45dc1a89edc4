// The Forbruk page's addresses: one place builds the query string the page and its downloads read.
import type { ConsumptionView } from "./view";

export function viewQuery(view: Pick<ConsumptionView, "kind" | "key" | "resolution">, gsrn?: string): string {
  const params = new URLSearchParams({ periode: view.kind, dato: view.key, opplosning: view.resolution });
  if (gsrn) params.set("malepunkt", gsrn);
  return params.toString();
}
