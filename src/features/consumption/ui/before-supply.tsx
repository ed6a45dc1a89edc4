// The customer's consumption before we began supplying them (their history from Elhub): shown as theirs,
// "før du ble kunde", never as supply of ours at 0 kr. Its cost is shown only as what it would have cost
// with the contract they have with us now, and the page says that is what it is.
import type { ContractTerms } from "@/features/pricing";
import { decimalText, kronerText, kwhText } from "@/platform/format/display";
import { CONTRACT_PRODUCT_LABELS } from "@/platform/format/labels";
import { osloDate } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";
import { BEFORE_SUPPLY, dottedDate } from "../domain/labels";
import type { ConsumptionData } from "../server/consumption";

/** A contract's price terms in words: "Spotpris: påslag 4,90 øre/kWh og månedsbeløp 49,00 kr, uten mva". */
export function termsText(terms: ContractTerms): string {
  const price =
    terms.fixedPriceOrePerKwh !== null
      ? `${decimalText(terms.fixedPriceOrePerKwh)} øre/kWh`
      : `spotpris og påslag ${decimalText(terms.markupOrePerKwh)} øre/kWh`;
  return `${CONTRACT_PRODUCT_LABELS[terms.product]}: ${price} og månedsbeløp ${kronerText(terms.monthlyFeeOre)}, uten mva`;
}

/** Where the view begins before the supply: when we began (or begin) supplying, and what came before. */
export function SupplyStartNote({ data }: { data: ConsumptionData }) {
  const { suppliedFrom, historyFrom, view } = data;
  if (!suppliedFrom) return null;
  const verb = suppliedFrom > osloDate(new Date()) ? "begynner vi å levere" : "begynte vi å levere";
  if (!historyFrom) {
    return (
      <p className="text-slate-700">
        Du ser forbruket fra {dottedDate(suppliedFrom)}, da vi begynte å levere strøm til deg på dette
        målepunktet. Forbruk fra før det tilhører ikke deg og vises ikke.
      </p>
    );
  }
  return (
    <p className="text-slate-700">
      {dottedDate(suppliedFrom)} {verb} strøm til deg på dette målepunktet. Forbruket fra{" "}
      {dottedDate(historyFrom)} til da er ditt, men fra {BEFORE_SUPPLY}: strømmen kom ikke fra oss, så det er
      ikke med i kostnaden.
      {historyFrom > view.from && " Forbruk fra før det tilhører ikke deg og vises ikke."}
    </p>
  );
}

/**
 * The view's kWh before the supply, left out of the cost, and what they would have cost with the
 * contract the customer has with us now: a hypothetical figure, worded as one.
 */
export function BeforeSupplyCost({ data }: { data: ConsumptionData }) {
  const before = data.beforeSupply;
  if (!before || before.cost.kwh === "0.0000") return null;
  const { cost, terms } = before;
  const since = data.suppliedFrom ? ` (før ${dottedDate(data.suppliedFrom)})` : "";
  return (
    <Card aria-labelledby="for-kunde-tittel">
      <h2 id="for-kunde-tittel" className="text-xl font-semibold text-slate-900">
        Forbruk {BEFORE_SUPPLY}
      </h2>
      <p className="mt-3" data-testid="before-supply-kwh">
        {kwhText(cost.kwh)} av forbruket i perioden er fra {BEFORE_SUPPLY}
        {since}. Vi leverte ikke strømmen da, så det er ikke med i beløpene for strømmen fra oss.
      </p>
      {terms && cost.unpricedKwh !== cost.kwh && (
        <p className="mt-2">
          Hva det ville kostet hos oss: ca. <strong>{kronerText(cost.totalOre)}</strong>, regnet med avtalen
          du har nå ({termsText(terms)}), med mva, strømstøtte eller Norgespris som for strømmen fra oss.
          Dette er et regneeksempel, ikke noe du har betalt eller skal betale oss.
          {cost.unpricedKwh !== "0.0000" && ` ${kwhText(cost.unpricedKwh)} mangler spotpris og er ikke med.`}
        </p>
      )}
    </Card>
  );
}
