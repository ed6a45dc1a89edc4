import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Du er frakoblet" };

/**
 * What the service worker shows for a page it has no copy of while the network is away. It is
 * fetched without cookies when the worker installs, so it holds nothing personal.
 */
export default function OfflinePage() {
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Du er frakoblet</h1>
      <p className="text-slate-700">
        Denne siden kan ikke vises uten nett. Oversikt, forbruk og fakturaer du har sett mens du var logget
        inn, kan du lese uten nett til økten din utløper.
      </p>
      <p className="text-slate-700">Når du er på nett igjen, kan du prøve på nytt.</p>
      <p>
        <Link href="/min-side" className="font-medium text-brand-700 underline hover:no-underline">
          Gå til Min side
        </Link>
      </p>
    </div>
  );
}
