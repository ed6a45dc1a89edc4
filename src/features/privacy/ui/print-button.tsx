"use client";

/** Opens the browser's print dialog, where the copy can also be saved as PDF. */
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 print:hidden"
    >
      Skriv ut eller lagre som PDF
    </button>
  );
}
