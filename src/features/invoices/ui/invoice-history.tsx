// What has happened to an invoice since it was issued: payments received and reminders sent.
import { kronerText } from "@/platform/format/display";
import { Card } from "@/ui/card";
import { CalendarDate } from "@/ui/time-text";
import type { CustomerInvoice } from "../server/customer-invoices";

export function InvoiceHistory({ invoice }: { invoice: CustomerInvoice }) {
  return (
    <Card aria-labelledby="innbetalinger-tittel">
      <h2 id="innbetalinger-tittel" className="text-xl font-semibold text-slate-900">
        Innbetalinger og purringer
      </h2>
      {invoice.payments.length === 0 ? (
        <p className="mt-2 text-slate-700">
          Vi har ikke registrert noen innbetaling på denne fakturaen ennå.
        </p>
      ) : (
        <ul className="mt-2 space-y-1 text-slate-800">
          {invoice.payments.map((payment, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list in date order, never reordered
            <li key={index}>
              <span className="tabular-nums">{kronerText(payment.amountOre)}</span> betalt{" "}
              <CalendarDate date={payment.paidOn} />
            </li>
          ))}
        </ul>
      )}
      {invoice.reminders.length > 0 && (
        <ul className="mt-3 space-y-1 text-slate-800">
          {invoice.reminders.map((reminder) => (
            <li key={reminder.sequence}>
              Purring {reminder.sequence} sendt <CalendarDate date={reminder.sentAt} />
              {reminder.feeOre > 0 ? `, purregebyr ${kronerText(reminder.feeOre)}` : ", uten gebyr"}, ny
              forfallsdato <CalendarDate date={reminder.dueDate} />
            </li>
          ))}
        </ul>
      )}
      {invoice.overpaidOre > 0 && (
        <p className="mt-3 text-slate-700">
          Du har betalt {kronerText(invoice.overpaidOre)} for mye. Vi betaler det tilbake eller trekker det
          fra neste faktura.
        </p>
      )}
    </Card>
  );
}
