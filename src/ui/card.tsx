import type { ReactNode } from "react";

/** A white panel with a quiet border: the basic block of every page. */
export function Card({
  children,
  className = "",
  as: Element = "section",
  ...rest
}: {
  children: ReactNode;
  className?: string;
  as?: "section" | "div" | "article";
  "aria-labelledby"?: string;
}) {
  return (
    <Element
      className={`rounded-lg border border-slate-200 bg-white p-5 shadow-sm sm:p-6 ${className}`}
      {...rest}
    >
      {children}
    </Element>
  );
}
