import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { parseView } from "@/features/consumption";
import { type ConsumptionData, getConsumption } from "@/features/consumption/server";
import {
  BeforeSupplyCost,
  ConsumptionChart,
  ConsumptionDownloads,
  ConsumptionFigures,
  CostBreakdown,
  PeriodChoice,
  PeriodStepper,
  PointPicker,
  RatesUsed,
} from "@/features/consumption/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { osloDate } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Forbruk" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const LINK = "font-medium text-brand-700 underline hover:no-underline";

export default async function ConsumptionPage({ searchParams }: { searchParams: SearchParams }) {
  const session = await requireCustomer("/min-side/forbruk");
  const params = await searchParams;
  const today = osloDate(new Date());
  const parsed = parseView(params, today);
  const gsrnParam = typeof params.malepunkt === "string" ? params.malepunkt : undefined;

  if (!parsed.ok) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold text-slate-900">Forbruk</h1>
        <Card>
          <p role="alert" className="font-medium text-red-800">
            {parsed.message}
          </p>
          <p className="mt-3">
            <Link href="/min-side/forbruk" className={LINK}>
              Vis forbruket denne måneden
            </Link>
          </p>
        </Card>
      </div>
    );
  }

  const data = await getConsumption(session.customerId, parsed.view, gsrnParam);
  if (!data) {
    if (gsrnParam !== undefined) notFound();
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold text-slate-900">Forbruk</h1>
        <Card>
          <p>
            Vi har ikke registrert strømlevering til deg ennå. Forbruket vises her når leveringen har startet
            og målerverdiene er kommet fra Elhub.
          </p>
        </Card>
      </div>
    );
  }

  return <ConsumptionContent data={data} />;
}

/** The page's parts in order: the point and period chosen, the figures, chart, cost and downloads. */
function ConsumptionContent({ data }: { data: ConsumptionData }) {
  const { view, point } = data;
  // The GSRN goes into the page's links only when there is a choice of points.
  const gsrn = data.points.length > 1 ? point.gsrn : undefined;
  const today = osloDate(new Date());
  return (
    <div className="flex flex-col gap-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-slate-900">Forbruk</h1>
        <p className="text-slate-700">
          Målepunkt {point.gsrn}, {point.address}
        </p>
      </header>

      {data.points.length > 1 && <PointPicker view={view} points={data.points} gsrn={point.gsrn} />}
      <PeriodChoice view={view} gsrn={gsrn} today={today} />

      <section aria-labelledby="periode-tittel" className="flex flex-col gap-4">
        <PeriodStepper view={view} gsrn={gsrn} today={today} />
        <ConsumptionFigures data={data} />
        <ConsumptionChart data={data} />
      </section>

      {/* A period wholly before the supply has no cost of ours to break down. */}
      {(data.cost.months.length > 0 || !data.beforeSupply) && <CostBreakdown data={data} />}
      <BeforeSupplyCost data={data} />
      <RatesUsed from={view.from} to={view.to} usageType={point.usageType} />

      <p>
        <Link href="/min-side/forbruk/norgespris" className={LINK}>
          Norgespris eller spotpris? Se hva det ville ha kostet deg de siste tolv månedene
        </Link>
      </p>

      <ConsumptionDownloads view={view} gsrn={point.gsrn} />
    </div>
  );
}
