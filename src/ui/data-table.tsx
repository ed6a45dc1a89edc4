import type { ReactNode } from "react";
import { TableScroller } from "./table-scroller";

const CELL = "border-b border-slate-200 px-3 py-2 align-top";
/** Cell's look for every cell of the table's body, and the row headers' normal weight, set on the table. */
const BODY_CELLS =
  "[&_tbody_:is(td,th)]:border-b [&_tbody_:is(td,th)]:border-slate-200 [&_tbody_:is(td,th)]:px-3 [&_tbody_:is(td,th)]:py-2 [&_tbody_:is(td,th)]:align-top [&_tbody_th]:font-normal [&_tbody_td]:tabular-nums";
const COLUMN_HEADER = "border-b-2 border-slate-300 px-3 py-2 text-left align-bottom font-semibold";

/**
 * A captioned table that scrolls sideways on a phone. The caption names the scroll region for
 * screen readers, so it is required; `hideCaption` keeps it for them only. Rows come as children.
 */
export function DataTable({
  id,
  caption,
  hideCaption = false,
  columns,
  minWidthClass,
  cellsStyledByTable = false,
  children,
}: {
  id: string;
  caption: ReactNode;
  hideCaption?: boolean;
  columns: string[];
  /** A literal Tailwind class such as "min-w-[36rem]": the width below which the table scrolls. */
  minWidthClass: string;
  /**
   * For a long table (Forbruk's year by day, 365 rows): its body's cells come as plain <td> and
   * <th scope="row"> and take Cell's look from one class on the table, so each of the thousands of
   * cells does not repeat it in the page and its RSC payload (bench:pages).
   */
  cellsStyledByTable?: boolean;
  children: ReactNode;
}) {
  return (
    <TableScroller labelledBy={id} minWidthRem={remOf(minWidthClass)}>
      <table
        className={`w-full ${minWidthClass} border-collapse text-left${cellsStyledByTable ? ` ${BODY_CELLS}` : ""}`}
      >
        <caption
          id={id}
          className={hideCaption ? "sr-only" : "mb-2 text-left text-lg font-semibold text-slate-900"}
        >
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column} scope="col" className={COLUMN_HEADER}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </TableScroller>
  );
}

/** 36 from "min-w-[36rem]"; undefined for a class in other units. */
function remOf(minWidthClass: string): number | undefined {
  const match = /min-w-\[(\d+(?:\.\d+)?)rem\]/.exec(minWidthClass);
  return match ? Number(match[1]) : undefined;
}

/** The cell that names its row (read out before every other cell in the row). */
export function RowHeader({
  className = "font-semibold",
  children,
}: {
  className?: string;
  children: ReactNode;
}) {
  return (
    <th scope="row" className={`${CELL} ${className}`}>
      {children}
    </th>
  );
}

export function Cell({ className = "", children }: { className?: string; children: ReactNode }) {
  return <td className={`${CELL} ${className}`}>{children}</td>;
}
