import { Listed, Section } from "@/app/admin/kunder/[id]/card-parts";
import { invoiceHistoryText } from "@/features/invoices";
import type { StaffInvoiceView } from "@/features/invoices/server";
import { decimalText, kronerText } from "@/platform/format/display";
import { ROLE_LABELS } from "@/platform/format/labels";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { CalendarDate, InstantText } from "@/ui/time-text";

const H2 = "mb-3 text-xl font-semibold text-slate-900";

/** Whole numbers without decimals, anything else with two. */
function quantityText(quantity: string): string {
  return decimalText(quantity, /\.\d*[1-9]/.test(quantity) ? 2 : 0);
}

export function LinesCard({ invoice }: { invoice: StaffInvoiceView }) {
  return (
    <Card aria-labelledby="linjer-tittel">
      <h2 id="linjer-tittel" className={H2}>
        Linjer
      </h2>
      <DataTable
        id="linjer"
        caption="Fakturalinjer, beløp uten mva."
        columns={["Beskrivelse", "Mengde", "Pris uten mva.", "Beløp"]}
        minWidthClass="min-w-[40rem]"
      >
        {invoice.lines.map((line) => (
          <tr key={line.position}>
            <RowHeader className="font-normal">{line.description}</RowHeader>
            <Cell className="whitespace-nowrap">
              {quantityText(line.quantity)} {line.unit}
            </Cell>
            <Cell className="whitespace-nowrap">
              {decimalText(line.unitPriceOre, 2)} øre per {line.unit}
            </Cell>
            <Cell className="whitespace-nowrap">{kronerText(line.netOre)}</Cell>
          </tr>
        ))}
      </DataTable>
    </Card>
  );
}

export function PaymentsCard({ payments }: { payments: StaffInvoiceView["payments"] }) {
  return (
    <Section id="innbetalinger" title="Innbetalinger">
      <Listed
        items={payments}
        empty="Ingen innbetalinger."
        caption="Innbetalinger"
        columns={["Betalt", "Beløp", "Knyttet til fakturaen"]}
      >
        {(payment) => (
          <tr key={payment.id}>
            <RowHeader>
              <CalendarDate date={payment.paidOn} />
            </RowHeader>
            <Cell className="whitespace-nowrap">{kronerText(payment.amountOre)}</Cell>
            <Cell>{payment.matchedByUserId ? "Av kundeservice" : "Med KID ved innlesing"}</Cell>
          </tr>
        )}
      </Listed>
    </Section>
  );
}

export function RemindersCard({ reminders }: { reminders: StaffInvoiceView["reminders"] }) {
  return (
    <Section id="purringer" title="Purringer">
      <Listed
        items={reminders}
        empty="Ingen purringer."
        caption="Purringer"
        columns={["Nummer", "Sendt", "Gebyr", "Ny forfallsdato"]}
      >
        {(reminder) => (
          <tr key={reminder.sequence}>
            <RowHeader>{reminder.sequence}</RowHeader>
            <Cell>
              <InstantText at={reminder.sentAt} />
            </Cell>
            <Cell className="whitespace-nowrap">{kronerText(reminder.feeOre)}</Cell>
            <Cell>
              <CalendarDate date={reminder.dueDate} />
            </Cell>
          </tr>
        )}
      </Listed>
    </Section>
  );
}

/** "Kundeservice" or "Administrator" with the name, "Systemet" for jobs, "Kunden" for the customer. */
function actorText({ actorRole, actorName }: StaffInvoiceView["history"][number]): string {
  const role =
    actorRole === "SYSTEM" ? "Systemet" : (new Map(Object.entries(ROLE_LABELS)).get(actorRole) ?? actorRole);
  return actorName ? `${actorName} (${role.toLowerCase()})` : role;
}

export function HistoryCard({ history }: { history: StaffInvoiceView["history"] }) {
  return (
    <Section id="historikk" title="Historikk">
      <Listed
        items={history}
        empty="Ingenting i revisjonsloggen om fakturaen ennå."
        caption="Historikk"
        columns={["Når", "Hva", "Hvem"]}
      >
        {(entry) => (
          <tr key={entry.id}>
            <RowHeader className="font-normal">
              <InstantText at={entry.at} />
            </RowHeader>
            <Cell>{invoiceHistoryText(entry.action)}</Cell>
            <Cell>{actorText(entry)}</Cell>
          </tr>
        )}
      </Listed>
    </Section>
  );
}
