import { rightFor } from "../domain/requests";
import type { PrivacyRequestType } from "../domain/rights";

/** P29: which law limits this right, from the register, shown with every right and request. */
export function LimitedBy({ type }: { type: PrivacyRequestType }) {
  const right = rightFor(type);
  return (
    <details className="mt-3 text-sm text-slate-700">
      <summary className="cursor-pointer font-medium text-slate-800">Begrensninger ({right.article})</summary>
      <p className="mt-1">{right.limits}</p>
      <p className="mt-1">
        <span className="font-medium">Begrenset av:</span> {right.limitedBy}
      </p>
    </details>
  );
}
