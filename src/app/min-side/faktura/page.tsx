import type { Metadata } from "next";
import { listCustomerInvoices } from "@/features/invoices/server";
import { InvoiceList } from "@/features/invoices/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Faktura" };

export default async function InvoicesPage() {
  const session = await requireCustomer("/min-side/faktura");
  const invoices = await listCustomerInvoices(session.customerId);
  return (
    <div className="flex flex-col gap-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold text-slate-900">Faktura</h1>
        <p className="text-slate-700">
          Vi fakturerer strømmen etterskuddsvis, én faktura per måned. Åpne en faktura for å se hver linje,
          hvordan du betaler og fakturaen som PDF.
        </p>
      </header>
      {invoices.length === 0 ? (
        <Card>
          <p>
            Du har ingen fakturaer ennå. Den første kommer i begynnelsen av måneden etter at leveringen
            startet.
          </p>
        </Card>
      ) : (
        <Card aria-labelledby="fakturaer-tittel">
          <h2 id="fakturaer-tittel" className="mb-3 text-xl font-semibold text-slate-900">
            Fakturaene dine
          </h2>
          <InvoiceList invoices={invoices} />
        </Card>
      )}
    </div>
  );
}
