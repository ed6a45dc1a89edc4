// Oversikt's card: the next invoice to pay (amount left, due date and a link), or that nothing is owed.
import Link from "next/link";
import { kronerText } from "@/platform/format/display";
import { Card } from "@/ui/card";
import { CalendarDate } from "@/ui/time-text";
import { billedMonthName } from "../domain/invoice-words";
import type { CustomerInvoiceSummary } from "../server/customer-invoices";
import { InvoiceStatusBadge } from "./invoice-status-badge";

const LINK = "font-medium text-brand-700 underline hover:no-underline";

export function NextInvoiceCard({ invoice }: { invoice: CustomerInvoiceSummary | null }) {
  return (
    <Card aria-labelledby="neste-faktura-tittel">
      <h2 id="neste-faktura-tittel" className="text-xl font-semibold text-slate-900">
        Neste faktura
      </h2>
      {invoice ? (
        <>
          <p className="mt-2 text-slate-700">
            Strøm i {billedMonthName(invoice.periodStart)} <InvoiceStatusBadge status={invoice.status} />
          </p>
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            <div>
              <dt className="text-sm text-slate-600">Å betale</dt>
              <dd className="text-xl font-semibold text-slate-900 tabular-nums">
                {kronerText(invoice.outstandingOre)}
              </dd>
            </div>
            <div>
              <dt className="text-sm text-slate-600">Forfallsdato</dt>
              <dd className="text-xl font-semibold text-slate-900">
                <CalendarDate date={invoice.payBy} />
              </dd>
            </div>
          </dl>
          <p className="mt-3">
            <Link href={`/min-side/faktura/${invoice.id}`} className={LINK}>
              Se fakturaen og hvordan du betaler
            </Link>
          </p>
        </>
      ) : (
        <p className="mt-2 text-slate-700">
          Du har ingen ubetalte fakturaer.{" "}
          <Link href="/min-side/faktura" className={LINK}>
            Se alle fakturaene dine
          </Link>
        </p>
      )}
    </Card>
  );
}
