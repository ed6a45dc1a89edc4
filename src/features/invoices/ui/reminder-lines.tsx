// The reminders of an invoice and what they add: each reminder's fee and new deadline, and the
// late-payment interest accrued to today at the rates in force (each with its source; a rate without a
// primary source found says "antatt"). For the invoice page; the numbers come from invoiceCharges.
import { ratesInForce } from "@/features/pricing";
import { decimalText, kronerText } from "@/platform/format/display";
import { addDays, osloMidnight } from "@/platform/time/oslo-calendar";
import { osloDateLong } from "@/platform/time/oslo-time";
import {
  invoiceCharges,
  LATE_INTEREST_BASIS_POINTS,
  type PaymentRow,
  type ReminderRow,
} from "../domain/reminder-rules";

const dateText = (date: string) => osloDateLong(osloMidnight(date));

export interface ReminderLinesProps {
  invoice: { amountOre: number; dueDate: string };
  reminders: readonly ReminderRow[];
  payments: readonly PaymentRow[];
  /** Today's Oslo date. */
  today: string;
}

export function ReminderLines({ invoice, reminders, payments, today }: ReminderLinesProps) {
  const charges = invoiceCharges(invoice, reminders, payments, today);
  if (reminders.length === 0 && charges.interestOre === 0) return null;
  const rates =
    today > invoice.dueDate
      ? ratesInForce(LATE_INTEREST_BASIS_POINTS, addDays(invoice.dueDate, 1), addDays(today, 1))
      : [];
  return (
    <section aria-labelledby="purringer-tittel" className="text-sm text-slate-700">
      <h2 id="purringer-tittel" className="text-base font-semibold text-slate-900">
        Purringer og forsinkelsesrente
      </h2>
      <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1" data-testid="purringer">
        {[...reminders]
          .sort((a, b) => a.sequence - b.sequence)
          .map((reminder) => (
            <div key={reminder.sequence} className="contents">
              <dt>
                Purring {reminder.sequence}, sendt {dateText(reminder.sentOn)} (ny frist{" "}
                {dateText(reminder.dueDate)})
              </dt>
              <dd className="text-right tabular-nums">
                {reminder.feeOre > 0 ? kronerText(reminder.feeOre) : "Uten gebyr"}
              </dd>
            </div>
          ))}
        <dt>Forsinkelsesrente fra forfall til i dag</dt>
        <dd className="text-right tabular-nums">{kronerText(charges.interestOre)}</dd>
      </dl>
      {rates.length > 0 && (
        <ul className="mt-2 space-y-1">
          {rates.map((rate) => (
            <li key={rate.from}>
              Rentesats fra {dateText(rate.from)}: {decimalText(rate.value / 100)} % i året{" "}
              {rate.assumed && (
                <strong className="rounded bg-amber-100 px-1 font-semibold text-amber-900">antatt</strong>
              )}
              <span className="block text-slate-600">Kilde: {rate.source}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
