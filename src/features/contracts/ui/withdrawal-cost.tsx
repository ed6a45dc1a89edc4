// What the days supplied before a withdrawal cost, as Avtale shows it. No hooks: used by the page.
import type { CostSummary } from "@/features/pricing";
import { DetailRow } from "@/ui/detail-row";
import { withdrawalCostExplanation, withdrawalCostLines } from "../domain/withdrawal-cost";

export function WithdrawalCost({ cost, days }: { cost: CostSummary; days: number }) {
  const lines = withdrawalCostLines(cost, days);
  return (
    <div className="mt-3">
      <dl className="divide-y divide-slate-100">
        {lines.map((line, i) => (
          <DetailRow key={line.label} label={line.label}>
            {i === lines.length - 1 ? <strong>{line.value}</strong> : line.value}
          </DetailRow>
        ))}
      </dl>
      <p className="mt-2 text-sm text-slate-700">{withdrawalCostExplanation(cost, days)}</p>
    </div>
  );
}
