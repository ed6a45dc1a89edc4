import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { monthName } from "@/features/consumption";
import { OpenFromHere } from "@/features/customers/ui";
import {
  billingMonthChoice,
  billingMonths,
  INVOICE_REFERENCE_MAX_LENGTH,
  previousMonth,
} from "@/features/invoices";
import { billingMonthSummary, findInvoiceId } from "@/features/invoices/server";
import { requireStaff } from "@/features/sign-in/routes";
import { requestedFromOwnSite } from "@/platform/http/fetch-site";
import { osloDate } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";
import { MonthSummary } from "./month-summary";
import { RunBillingForm } from "./run-form";

export const metadata: Metadata = { title: "Fakturering" };

const FIELD = "rounded-md border border-slate-500 bg-white px-3 py-2 text-base";
const BUTTON = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800";
const H2 = "mb-3 text-xl font-semibold text-slate-900";
const LINK = "font-medium text-brand-700 underline hover:no-underline";

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The billing run of a month (last month unless chosen): what it issued, what it held back and why. */
export default async function BillingPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const staff = await requireStaff();
  // The held list shows customer numbers, an audited look: not on another site's say-so.
  if (!(await requestedFromOwnSite())) return <OpenFromHere title="Fakturering" href="/admin/faktura" />;
  const params = await searchParams;
  const today = osloDate(new Date());
  const reference = one(params.finn)?.slice(0, INVOICE_REFERENCE_MAX_LENGTH).trim();
  const found = reference ? await findInvoiceId(reference) : null;
  if (found) redirect(`/admin/faktura/${found}`);
  const month = billingMonthChoice(one(params.maned), today) ?? previousMonth(today);
  const summary = await billingMonthSummary(staff, month);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Fakturering</h1>
        <p className="text-slate-700">
          Én faktura per avtale og måned, etterskuddsvis. En avtale holdes tilbake når måneden mangler
          målerverdier, og faktureres ved neste kjøring når de er kommet.
        </p>
        <p>
          <Link href="/admin/faktura/innbetalinger" className={LINK}>
            Innbetalinger
          </Link>
          : last opp OCR-filer fra banken og knytt uavklarte innbetalinger til en faktura.
        </p>
      </header>
      <Card aria-labelledby="finn-tittel">
        <h2 id="finn-tittel" className={H2}>
          Finn en faktura
        </h2>
        <form method="get" action="/admin/faktura" className="flex flex-wrap items-end gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="finn-faktura" className="font-medium">
              Fakturanummer eller KID
            </label>
            <input
              id="finn-faktura"
              name="finn"
              inputMode="numeric"
              maxLength={INVOICE_REFERENCE_MAX_LENGTH}
              defaultValue={reference}
              aria-describedby={reference ? "finn-svar" : undefined}
              className={FIELD}
            />
          </div>
          <button type="submit" className={BUTTON}>
            Finn
          </button>
        </form>
        {reference && (
          <p id="finn-svar" role="status" className="mt-3 text-slate-800">
            Fant ingen faktura med nummeret eller KID-en «{reference}».
          </p>
        )}
      </Card>
      <Card aria-labelledby="maned-tittel">
        <h2 id="maned-tittel" className={H2}>
          Velg måned
        </h2>
        <form method="get" action="/admin/faktura" className="flex flex-wrap items-end gap-4">
          <div className="flex flex-col gap-1">
            <label htmlFor="velg-maned" className="font-medium">
              Måned
            </label>
            <select id="velg-maned" name="maned" defaultValue={month} className={FIELD}>
              {billingMonths(today).map((value) => (
                <option key={value} value={value}>
                  {monthName(value)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={BUTTON}>
            Vis
          </button>
        </form>
      </Card>
      <MonthSummary summary={summary} />
      <Card aria-labelledby="kjor-tittel">
        <h2 id="kjor-tittel" className={H2}>
          Kjør fakturering
        </h2>
        <p className="mb-4 text-slate-700">
          Fakturerer hver avtale som ikke er fakturert for {monthName(month)}. Det som alt er fakturert,
          faktureres ikke på nytt, så du kan trygt kjøre igjen når manglende målerverdier er kommet.
        </p>
        {staff.role === "ADMIN" ? (
          <RunBillingForm month={month} monthLabel={monthName(month)} />
        ) : (
          <p role="note" className="text-slate-700">
            Bare administratorer kan kjøre faktureringen.
          </p>
        )}
      </Card>
    </div>
  );
}
