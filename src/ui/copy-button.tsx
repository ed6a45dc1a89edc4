"use client";

import { useState } from "react";

/**
 * Copies `text` to the clipboard and says so in a live region. Where the browser refuses (no
 * clipboard outside https), it says to select and copy by hand: the text is always on the page too.
 */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [outcome, setOutcome] = useState<"copied" | "failed" | null>(null);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        className="rounded-md border border-brand-700 bg-white px-3 py-1.5 text-sm font-semibold text-brand-800 hover:bg-brand-50"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setOutcome("copied");
          } catch {
            setOutcome("failed");
          }
        }}
      >
        {label}
      </button>
      <span aria-live="polite" className="text-sm text-slate-700">
        {outcome === "copied" && "Kopiert."}
        {outcome === "failed" && "Kunne ikke kopiere. Merk teksten og kopier den selv."}
      </span>
    </span>
  );
}
