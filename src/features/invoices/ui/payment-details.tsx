// How to pay: the account, the KID and the amount left, each with a button that copies it for the bank's
// payment form, and the date it must be paid by.
import { kronerText } from "@/platform/format/display";
import { Card } from "@/ui/card";
import { CopyButton } from "@/ui/copy-button";
import { CalendarDate } from "@/ui/time-text";
import { accountNumberText, amountToPay, PAYMENT_ACCOUNT } from "../domain/invoice-words";
import type { CustomerInvoice } from "../server/customer-invoices";

export function PaymentDetails({ invoice }: { invoice: CustomerInvoice }) {
  return (
    <Card aria-labelledby="betaling-tittel">
      <h2 id="betaling-tittel" className="text-xl font-semibold text-slate-900">
        Slik betaler du
      </h2>
      <p className="mt-2 text-slate-700">
        Betal i nettbanken med KID, så blir betalingen registrert på fakturaen. Betal senest{" "}
        <CalendarDate date={invoice.payBy} />.
      </p>
      <dl className="mt-3 divide-y divide-slate-100">
        <PaymentRow
          label="Kontonummer"
          shown={accountNumberText()}
          copy={PAYMENT_ACCOUNT}
          copyLabel="Kopier kontonummer"
        />
        {invoice.kid && (
          <PaymentRow label="KID" shown={invoice.kid} copy={invoice.kid} copyLabel="Kopier KID" />
        )}
        <PaymentRow
          label="Beløp"
          shown={kronerText(invoice.outstandingOre)}
          copy={amountToPay(invoice.outstandingOre)}
          copyLabel="Kopier beløp"
        />
      </dl>
    </Card>
  );
}

function PaymentRow(props: { label: string; shown: string; copy: string; copyLabel: string }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
      <dt className="text-slate-600">{props.label}</dt>
      <dd className="flex flex-wrap items-center gap-3">
        <span className="font-mono text-lg font-semibold text-slate-900 tabular-nums">{props.shown}</span>
        <CopyButton text={props.copy} label={props.copyLabel} />
      </dd>
    </div>
  );
}
