import Link from "next/link";
import type { CustomerView } from "@/features/customers/server";
import { billedPeriodText, CARD_INVOICES_SHOWN, invoiceNoteText } from "@/features/invoices";
import { kronerText } from "@/platform/format/display";
import { Cell, RowHeader } from "@/ui/data-table";
import { CalendarDate } from "@/ui/time-text";
import { LINK, Listed, Section } from "./card-parts";

/** The customer's invoices and credit notes, newest first, each linking to its staff page. */
export function InvoicesSection({ invoices }: { invoices: CustomerView["invoices"] }) {
  return (
    <Section id="fakturaer" title="Fakturaer">
      <Listed
        items={invoices}
        empty="Ingen fakturaer."
        caption="Fakturaer"
        columns={["Nummer", "Periode", "Beløp", "Forfall", "Betalt", "Merknad"]}
      >
        {(invoice) => (
          <tr key={invoice.id}>
            <RowHeader>
              <Link href={`/admin/faktura/${invoice.id}`} className={LINK}>
                {invoice.kind === "CREDIT_NOTE" ? "Kreditnota" : "Faktura"} {invoice.invoiceNumber}
              </Link>
            </RowHeader>
            <Cell>{billedPeriodText(invoice.periodStart, invoice.periodEnd)}</Cell>
            <Cell className="whitespace-nowrap">{kronerText(invoice.amountOre)}</Cell>
            <Cell>
              <CalendarDate date={invoice.dueDate} />
            </Cell>
            <Cell className="whitespace-nowrap">{kronerText(invoice.paidOre)}</Cell>
            <Cell>{invoiceNoteText(invoice)}</Cell>
          </tr>
        )}
      </Listed>
      {invoices.length === CARD_INVOICES_SHOWN && (
        <p className="mt-3 text-slate-700">
          Viser de {CARD_INVOICES_SHOWN} siste. Eldre fakturaer finner du med fakturanummeret på{" "}
          <Link href="/admin/faktura" className={LINK}>
            Fakturering
          </Link>
          .
        </p>
      )}
    </Section>
  );
}
