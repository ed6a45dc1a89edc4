import type { Metadata } from "next";
import Link from "next/link";
import { BEFORE_SUPPLY, dottedDate, monthName } from "@/features/consumption";
import { compareNorgespris } from "@/features/consumption/server";
import { RatesUsed, termsText } from "@/features/consumption/ui";
import { RATES, rateOn } from "@/features/pricing";
import { requireCustomer } from "@/features/sign-in/routes";
import { decimalText, kronerText, kwhText } from "@/platform/format/display";
import { addMonths } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";

export const metadata: Metadata = { title: "Norgespris eller spotpris?" };

export default async function NorgesprisComparisonPage() {
  const session = await requireCustomer("/min-side/forbruk/norgespris");
  const comparison = await compareNorgespris(session.customerId);
  const norgespris = rateOn(RATES.norgespris, "2026-01-01")?.value;
  const stotte = rateOn(RATES.stromstotte, "2026-01-01")?.value;

  // Only months with consumption compare: a month without readings says nothing about either choice.
  const comparable =
    comparison?.months.filter((m) => m.withNorgesprisOre !== null && m.kwh !== "0.0000") ?? [];
  const sumWith = comparable.reduce((s, m) => s + (m.withNorgesprisOre ?? 0), 0);
  const sumWithout = comparable.reduce((s, m) => s + m.withoutNorgesprisOre, 0);

  return (
    <div className="flex flex-col gap-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-slate-900">Norgespris eller spotpris?</h1>
        <p className="text-slate-700">
          Hva strømmen din ville ha kostet de siste tolv månedene med og uten Norgespris, regnet ut fra ditt
          eget forbruk per kvarter eller time, slik måleren din måler det.
        </p>
      </header>

      {!comparison || comparison.usageType === "BUSINESS" ? (
        <Card>
          <p>
            {comparison
              ? "Norgespris gjelder bare bolig og fritidsbolig, ikke næring."
              : "Vi har ikke forbruk for deg ennå, så vi kan ikke regne ut en sammenligning."}
          </p>
        </Card>
      ) : (
        <>
          {comparable.length > 0 && (
            <Card>
              <p className="text-lg">
                For {comparable.length === 1 ? "den ene måneden" : `de ${comparable.length} månedene`}{" "}
                Norgespris har eksistert, ville strømmen ha kostet ca. <strong>{kronerText(sumWith)}</strong>{" "}
                med Norgespris og ca. <strong>{kronerText(sumWithout)}</strong> med spotpris
                {comparison.usageType === "HOME" ? " og strømstøtte" : ""}.{" "}
                {sumWith < sumWithout
                  ? `Norgespris ville ha vært ${kronerText(sumWithout - sumWith)} billigere.`
                  : sumWith > sumWithout
                    ? `Spotpris ville ha vært ${kronerText(sumWith - sumWithout)} billigere.`
                    : "Det ville ha kostet det samme."}
              </p>
              {comparable.some((m) => m.beforeSupply) && (
                <p className="mt-2 text-slate-700">
                  Månedene {BEFORE_SUPPLY} er regnet med avtalen du har hos oss nå, som om vi hadde levert
                  strømmen da (se forutsetningene under).
                </p>
              )}
              {comparison.hasNorgespris && <p className="mt-2 text-slate-700">Du har Norgespris i dag.</p>}
            </Card>
          )}
          <DataTable
            id="norgespris-sammenligning"
            caption="Måned for måned"
            columns={["Måned", "Forbruk", "Med spotpris", "Med Norgespris", "Forskjell"]}
            minWidthClass="min-w-[36rem]"
          >
            {comparison.months.map((m) => (
              <tr key={m.month}>
                <RowHeader className="font-normal first-letter:uppercase">
                  {monthName(m.month)}
                  {m.beforeSupply && ` (${BEFORE_SUPPLY})`}
                </RowHeader>
                <Cell className="tabular-nums">{kwhText(m.kwh, 0)}</Cell>
                <Cell className="tabular-nums">{kronerText(m.withoutNorgesprisOre)}</Cell>
                <Cell className="tabular-nums">
                  {m.withNorgesprisOre === null ? "Fantes ikke" : kronerText(m.withNorgesprisOre)}
                </Cell>
                <Cell className="tabular-nums">
                  {m.withNorgesprisOre === null
                    ? "–"
                    : kronerText(m.withNorgesprisOre - m.withoutNorgesprisOre)}
                </Cell>
              </tr>
            ))}
          </DataTable>
          <Card aria-labelledby="forutsetninger-tittel">
            <h2 id="forutsetninger-tittel" className="text-xl font-semibold text-slate-900">
              Forutsetninger
            </h2>
            <ul className="mt-3 list-disc space-y-1 pl-5 text-slate-800">
              <li>
                Samme forbruk per kvarter eller time som du faktisk hadde, og samme avtale med oss (påslag og
                månedsbeløp).
              </li>
              {comparison.suppliedFrom && comparison.terms && (
                <li data-testid="before-supply-terms">
                  Dagene {BEFORE_SUPPLY} (før {dottedDate(comparison.suppliedFrom)}) leverte vi ikke strømmen.
                  De er regnet som om du hadde hatt avtalen du har hos oss nå: {termsText(comparison.terms)}.
                </li>
              )}
              {norgespris && (
                <li>
                  Norgespris: {decimalText(norgespris.priceOrePerKwh)} øre/kWh uten mva for de første{" "}
                  {decimalText(
                    String(
                      norgespris.monthlyCapKwh[
                        comparison.usageType === "HOLIDAY_HOME" ? "HOLIDAY_HOME" : "HOME"
                      ],
                    ),
                    0,
                  )}{" "}
                  kWh i måneden; forbruk over det prises som spotpris. Norgespris finnes fra 1. oktober 2025
                  og har ett års bindingstid.
                </li>
              )}
              {stotte && comparison.usageType === "HOME" && (
                <li>
                  Uten Norgespris får bolig strømstøtte: {stotte.shareBasisPoints / 100} % av spotprisen over{" "}
                  {decimalText(stotte.thresholdOrePerKwh)} øre/kWh uten mva, time for time, for de første{" "}
                  {decimalText(String(stotte.monthlyCapKwh), 0)} kWh i måneden.
                </li>
              )}
              {comparison.usageType === "HOLIDAY_HOME" && <li>Fritidsboliger får ikke strømstøtte.</li>}
              <li>
                {comparison.vatExempt
                  ? "Ingen merverdiavgift: målepunktet ligger i Nord-Norge."
                  : "Beløpene er med 25 % merverdiavgift."}{" "}
                Nettleie er ikke med. Norgespris og strømstøtte gjøres opp av nettselskapet, så dette er
                estimater.
              </li>
            </ul>
          </Card>
          {comparison.months.length > 0 && (
            <RatesUsed
              from={`${comparison.months[0]?.month}-01`}
              to={addMonths(`${comparison.months.at(-1)?.month}-01`, 1)}
              usageType={comparison.usageType}
            />
          )}
        </>
      )}
      <p>
        <Link href="/min-side/forbruk" className="font-medium text-brand-700 underline hover:no-underline">
          Tilbake til forbruket
        </Link>
      </p>
    </div>
  );
}
