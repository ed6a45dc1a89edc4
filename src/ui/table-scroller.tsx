import type { ReactNode } from "react";

/**
 * Lets a wide table scroll sideways on a phone. A named section is a region landmark; it is
 * focusable so keyboard users can scroll it too (WCAG 2.1.1), and named by the table's caption.
 */
export function TableScroller({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section aria-labelledby={labelledBy} tabIndex={0} className="-mx-1 overflow-x-auto px-1 pb-1">
      {children}
    </section>
  );
}
