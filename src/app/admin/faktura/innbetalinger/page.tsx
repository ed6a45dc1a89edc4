import type { Metadata } from "next";
import Link from "next/link";
import { AssignForm } from "@/app/admin/faktura/innbetalinger/assign-form";
import { UploadForm } from "@/app/admin/faktura/innbetalinger/upload-form";
import { listPaymentImports, listUnmatchedPayments } from "@/features/invoices/server";
import { requireStaff } from "@/features/sign-in/routes";
import { kronerText } from "@/platform/format/display";
import { Card } from "@/ui/card";
import { Cell, DataTable, RowHeader } from "@/ui/data-table";
import { CalendarDate, InstantText } from "@/ui/time-text";

export const metadata: Metadata = { title: "Innbetalinger fra banken" };

/** KID payments from the bank's OCR files: reading a file in, the payments no invoice matched, the files read. */
export default async function PaymentsPage() {
  await requireStaff("SUPPORT");
  const [imports, queue] = await Promise.all([listPaymentImports(), listUnmatchedPayments()]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p>
          <Link href="/admin" className="font-medium text-brand-700 underline hover:no-underline">
            Kundeservice
          </Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Innbetalinger fra banken</h1>
        <p className="text-slate-700">
          Banken leverer OCR-filer med KID-betalinger, og de hentes automatisk hver hverdag. Hver betaling
          kobles til fakturaen med samme KID. Betalinger med ukjent eller manglende KID står nedenfor til noen
          kobler dem.
        </p>
      </header>
      <Card aria-labelledby="last-opp-tittel">
        <h2 id="last-opp-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Les inn en OCR-fil
        </h2>
        <UploadForm />
      </Card>
      <Card aria-labelledby="ukoblede-tittel">
        <h2 id="ukoblede-tittel" className="mb-2 text-xl font-semibold text-slate-900">
          Innbetalinger uten faktura ({queue.total})
        </h2>
        {queue.payments.length === 0 ? (
          <p>Alle innbetalinger er koblet til en faktura.</p>
        ) : (
          <UnmatchedTable payments={queue.payments} total={queue.total} />
        )}
      </Card>
      <Card aria-labelledby="filer-tittel">
        <h2 id="filer-tittel" className="mb-2 text-xl font-semibold text-slate-900">
          Siste innleste filer
        </h2>
        {imports.length === 0 ? <p>Ingen filer er lest inn ennå.</p> : <ImportsTable imports={imports} />}
      </Card>
    </div>
  );
}

type Unmatched = Awaited<ReturnType<typeof listUnmatchedPayments>>["payments"];

function UnmatchedTable({ payments, total }: { payments: Unmatched; total: number }) {
  return (
    <>
      {total > payments.length && (
        <p className="mb-2 text-slate-700">
          Viser de {payments.length} eldste av {total}.
        </p>
      )}
      <DataTable
        id="ukoblede"
        caption="Innbetalinger uten faktura, eldste først"
        hideCaption
        columns={["KID", "Beløp", "Betalt", "Fra konto", "Fil", "Koble til faktura"]}
        minWidthClass="min-w-[56rem]"
      >
        {payments.map((p) => (
          <tr key={p.id}>
            <RowHeader className="font-mono">{p.kid || "Uten KID"}</RowHeader>
            <Cell>{kronerText(p.amountOre)}</Cell>
            <Cell>
              <CalendarDate date={p.paidOn} />
            </Cell>
            <Cell className="font-mono">{p.payerAccount ?? "–"}</Cell>
            <Cell className="break-all">{p.import.fileName}</Cell>
            <Cell>
              <AssignForm
                paymentId={p.id}
                label={`${kronerText(p.amountOre)} med KID ${p.kid || "mangler"}`}
              />
            </Cell>
          </tr>
        ))}
      </DataTable>
    </>
  );
}

type Imports = Awaited<ReturnType<typeof listPaymentImports>>;

function ImportsTable({ imports }: { imports: Imports }) {
  return (
    <DataTable
      id="innleste-filer"
      caption="Siste innleste OCR-filer, nyeste først"
      hideCaption
      columns={["Fil", "Lest inn", "Kilde", "Betalinger", "Sum", "Uten faktura"]}
      minWidthClass="min-w-[48rem]"
    >
      {imports.map((i) => (
        <tr key={i.id}>
          <RowHeader className="break-all font-medium">{i.fileName}</RowHeader>
          <Cell>
            <InstantText at={i.importedAt} />
          </Cell>
          <Cell>{i.fromBank ? "Hentet fra banken" : "Lastet opp"}</Cell>
          <Cell>{i.paymentCount}</Cell>
          <Cell>{kronerText(i.totalOre)}</Cell>
          <Cell>{i.unmatched}</Cell>
        </tr>
      ))}
    </DataTable>
  );
}
