/** First focusable element on every page; hidden until focused. */
export function SkipLink() {
  return (
    <a
      href="#innhold"
      className="sr-only z-50 rounded-md bg-brand-800 px-4 py-2 font-semibold text-white focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
    >
      Hopp til innhold
    </a>
  );
}
