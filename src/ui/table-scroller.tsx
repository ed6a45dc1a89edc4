import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways on a phone. A named section is a region landmark; it is
 * focusable so keyboard users can scroll it too (WCAG 2.1.1), and named by the table's caption.
 * A shadow at an edge with more table behind it shows that it scrolls, and on a phone, where a table
 * wider than `hintFromRem` cannot fit, a line of text says so.
 */
export function TableScroller({
  labelledBy,
  minWidthRem,
  children,
}: {
  labelledBy: string;
  /** The table's least width in rem, when known: a phone gets the text hint when it cannot fit. */
  minWidthRem?: number;
  children: ReactNode;
}) {
  const region = (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section aria-labelledby={labelledBy} tabIndex={0} className="scroll-cue -mx-1 overflow-x-auto px-1 pb-1">
      {children}
    </section>
  );
  if (minWidthRem === undefined || minWidthRem <= PHONE_CONTENT_REM) return region;
  return (
    <>
      <p className="mb-1 text-sm text-slate-600 sm:hidden" data-testid="rull-sideveis">
        Tabellen er bredere enn skjermen: rull sideveis for å se alle kolonnene.
      </p>
      {region}
    </>
  );
}

/** About the width of a page's content on a 390 px phone (padding and a card's padding taken off). */
const PHONE_CONTENT_REM = 20;
