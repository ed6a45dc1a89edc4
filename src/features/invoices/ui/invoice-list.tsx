// The customer's invoices as a table: which month, the amount, when it is due and its status.
import Link from "next/link";
import { kronerText } from "@/platform/format/display";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { CalendarDate } from "@/ui/time-text";
import { billedMonthName, documentTitle } from "../domain/invoice-words";
import type { CustomerInvoiceSummary } from "../server/customer-invoices";
import { InvoiceStatusBadge } from "./invoice-status-badge";

const LINK = "font-medium text-brand-700 underline hover:no-underline";

export function InvoiceList({ invoices }: { invoices: CustomerInvoiceSummary[] }) {
  return (
    <DataTable
      id="fakturaer"
      caption="Fakturaene dine, nyeste først"
      hideCaption
      columns={["Faktura", "Periode", "Beløp", "Forfall", "Status"]}
      minWidthClass="min-w-[34rem]"
    >
      {invoices.map((invoice) => (
        <tr key={invoice.id}>
          <RowHeader className="font-normal">
            <Link href={`/min-side/faktura/${invoice.id}`} className={LINK}>
              {documentTitle(invoice)}
            </Link>
          </RowHeader>
          <Cell className="first-letter:uppercase">{billedMonthName(invoice.periodStart)}</Cell>
          <Cell className="whitespace-nowrap tabular-nums">{kronerText(invoice.amountOre)}</Cell>
          <Cell className="whitespace-nowrap">
            {invoice.kind === "INVOICE" ? <CalendarDate date={invoice.dueDate} /> : "–"}
          </Cell>
          <Cell>
            <InvoiceStatusBadge status={invoice.status} />
          </Cell>
        </tr>
      ))}
    </DataTable>
  );
}
