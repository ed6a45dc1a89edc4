"use client";

import "./globals.css";

/** Replaces the root layout when that fails, so it brings its own document and styles. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="nb">
      <body className="bg-slate-50 font-sans text-slate-900">
        <title>Noe gikk galt – Min side | Klarkraft</title>
        <main className="mx-auto max-w-xl space-y-4 px-4 py-16">
          <p className="text-xl font-bold text-brand-900">Klarkraft</p>
          <h1 className="text-3xl font-bold">Noe gikk galt</h1>
          <p className="text-lg text-slate-700">
            Min side er ikke tilgjengelig akkurat nå. Prøv igjen om litt.
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <button
              type="button"
              onClick={() => retry()}
              className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
            >
              Prøv igjen
            </button>
            {/* A full page load: the app's router may be what failed. */}
            <a href="/" className="font-medium text-brand-700 underline">
              Til forsiden
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
