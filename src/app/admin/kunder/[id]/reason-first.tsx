import { AccessReasonField } from "@/features/customers/ui";
import { Card } from "@/ui/card";

/** Asks why before showing anything: a plain GET form that reloads the page with ?grunn=. */
export function ReasonFirst({ customerId }: { customerId: string }) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Kunde</h1>
      <Card aria-labelledby="grunn-tittel">
        <h2 id="grunn-tittel" className="mb-2 text-xl font-semibold text-slate-900">
          Hvorfor vil du se kunden?
        </h2>
        <p className="mb-4 text-slate-700">
          Visningen føres i revisjonsloggen med grunnen du velger, og kunden kan se den under Personvern.
        </p>
        <form method="get" action={`/admin/kunder/${customerId}`} className="flex max-w-md flex-col gap-5">
          <AccessReasonField id="vis-grunn" name="grunn" />
          <div>
            <button
              type="submit"
              className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
            >
              Vis kunden
            </button>
          </div>
        </form>
      </Card>
    </div>
  );
}
