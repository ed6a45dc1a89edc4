// Every line of an invoice (description, quantity, unit price, amount excl. VAT), then the VAT per rate
// and the total: the lines add up to the net, the net and VAT to the amount.
import { kronerText } from "@/platform/format/display";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { quantityText, unitPriceText, vatRateText } from "../domain/invoice-words";
import type { CustomerInvoice } from "../server/customer-invoices";

const NUMBER = "whitespace-nowrap text-right tabular-nums";

export function InvoiceLines({ invoice }: { invoice: CustomerInvoice }) {
  return (
    <Card aria-labelledby="linjer-tittel">
      <h2 id="linjer-tittel" className="text-xl font-semibold text-slate-900">
        Hva fakturaen gjelder
      </h2>
      <div className="mt-3">
        <DataTable
          id="fakturalinjer"
          caption="Linjene på fakturaen, beløp uten mva"
          hideCaption
          columns={["Beskrivelse", "Mengde", "Pris uten mva", "Beløp uten mva"]}
          minWidthClass="min-w-[34rem]"
        >
          {invoice.lines.map((line) => (
            <tr key={line.position}>
              <RowHeader className="font-normal">{line.description}</RowHeader>
              <Cell className={NUMBER}>{quantityText(line.quantity, line.unit)}</Cell>
              <Cell className={NUMBER}>{unitPriceText(line.unitPriceOre, line.unit)}</Cell>
              <Cell className={NUMBER}>{kronerText(line.netOre)}</Cell>
            </tr>
          ))}
        </DataTable>
      </div>
      <div className="mt-4">
        <DataTable
          id="mva"
          caption="Merverdiavgift"
          columns={["Mva-sats", "Grunnlag", "Mva", "Sum med mva"]}
          minWidthClass="min-w-[28rem]"
        >
          <tr>
            <RowHeader className="font-normal">{vatRateText(invoice.vatBasisPoints)}</RowHeader>
            <Cell className={NUMBER}>{kronerText(invoice.netOre)}</Cell>
            <Cell className={NUMBER}>{kronerText(invoice.vatOre)}</Cell>
            <Cell className={NUMBER}>{kronerText(invoice.amountOre)}</Cell>
          </tr>
          <tr className="font-semibold">
            <RowHeader>Totalt</RowHeader>
            <Cell className={NUMBER}>{kronerText(invoice.netOre)}</Cell>
            <Cell className={NUMBER}>{kronerText(invoice.vatOre)}</Cell>
            <Cell className={NUMBER}>{kronerText(invoice.amountOre)}</Cell>
          </tr>
        </DataTable>
      </div>
    </Card>
  );
}
