import Link from "next/link";
import { PRODUCT_OFFERS } from "@/features/contracts";
import { NORGESPRIS_TEXT, PRODUCT_DESCRIPTIONS, startDateRange } from "@/features/onboarding";
import type { ApplicationView } from "@/features/onboarding/server";
import { Notice, StepCard } from "@/features/onboarding/ui";
import { isVatExempt, oreWithVat, vatBasisPointsOn, withVat } from "@/features/pricing";
import { WITHDRAWAL_HEADING, WITHDRAWAL_INFORMATION } from "@/features/terms";
import { decimalText, kronerText } from "@/platform/format/display";
import { osloDate } from "@/platform/time/oslo-calendar";
import { CompleteForm, type ProductChoice } from "./complete-form";

/** Today's offers as Avtale shows them: with and without VAT, or without only where the point is exempt. */
function productChoices(municipality: string | null, now: Date): ProductChoice[] {
  const exempt = isVatExempt(municipality);
  const vat = exempt ? 0 : vatBasisPointsOn(osloDate(now));
  const both = (excl: string, incl: string) =>
    exempt ? `${excl} (ingen mva. på strøm i Nord-Norge)` : `${incl} med mva. (${excl} uten mva.)`;
  const perKwh = (ore: string) =>
    both(`${decimalText(ore)} øre/kWh`, `${decimalText(withVat(ore, vat))} øre/kWh`);
  return Object.values(PRODUCT_OFFERS).map((offer) => ({
    id: offer.product,
    name: offer.name,
    description: PRODUCT_DESCRIPTIONS[offer.product],
    prices: [
      offer.fixedPriceOrePerKwh !== null
        ? `Energipris: ${perKwh(offer.fixedPriceOrePerKwh)}`
        : `Påslag: ${perKwh(offer.markupOrePerKwh)} på toppen av spotprisen`,
      `Månedsbeløp: ${both(kronerText(offer.monthlyFeeOre), kronerText(oreWithVat(offer.monthlyFeeOre, vat)))}`,
    ],
  }));
}

/** Steps 5 and 6: the credit check passed; product, start date and password. */
export function ProductStep({ app }: { app: ApplicationView }) {
  const now = new Date();
  const startDates = startDateRange(now);
  return (
    <StepCard title="Velg avtale og lag passord">
      <Notice>
        Kredittsjekken er godkjent
        {app.reviewCase?.status === "APPROVED" ? " etter vurdering av en saksbehandler" : ""}.
      </Notice>
      <details className="rounded-md border border-slate-200 p-3">
        <summary className="cursor-pointer font-medium">Hva er Norgespris?</summary>
        <p className="mt-2">{NORGESPRIS_TEXT}</p>
      </details>
      <section aria-labelledby="angrerett-tittel" className="rounded-md border border-slate-200 p-3">
        <h3 id="angrerett-tittel" className="font-semibold">
          {WITHDRAWAL_HEADING}
        </h3>
        {WITHDRAWAL_INFORMATION.map((paragraph) => (
          <p key={paragraph} className="mt-2">
            {paragraph}
          </p>
        ))}
        <p className="mt-2">
          <Link href="/angreskjema" className="font-medium underline" target="_blank">
            Les om angreretten og se angreskjemaet (åpnes i ny fane)
          </Link>
        </p>
      </section>
      <CompleteForm
        products={productChoices(app.meteringPoint?.municipalityNumber ?? null, now)}
        minDate={startDates.earliest}
        maxDate={startDates.latest}
        afterWithdrawal={startDates.afterWithdrawal}
        lastWithdrawalDay={startDates.lastWithdrawalDay}
      />
    </StepCard>
  );
}
