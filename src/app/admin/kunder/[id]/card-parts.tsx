import type { ReactNode } from "react";
import { Card } from "@/ui/card";
import { DataTable } from "@/ui/data-table";
import { CalendarDate } from "@/ui/time-text";

export const LINK = "font-medium text-brand-700 underline hover:no-underline";

/** One section of the customer card, named by its heading. */
export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={`${id}-tittel`}>
      <h2 id={`${id}-tittel`} className="mb-4 text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** A table of the section's rows, or a sentence when there are none. */
export function Listed<T>({
  items,
  empty,
  caption,
  columns,
  children,
}: {
  items: readonly T[];
  empty: string;
  caption: string;
  columns: string[];
  children: (item: T) => ReactNode;
}) {
  if (items.length === 0) return <p className="text-slate-700">{empty}</p>;
  const id = `tabell-${caption.toLowerCase().replace(/[^a-z]+/g, "-")}`;
  return (
    <DataTable id={id} caption={caption} hideCaption columns={columns} minWidthClass="min-w-[40rem]">
      {items.map(children)}
    </DataTable>
  );
}

export function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-wrap justify-between gap-x-4 gap-y-0.5 py-2">
      <dt className="text-slate-600">{label}</dt>
      <dd className="font-medium break-all text-slate-900">{children}</dd>
    </div>
  );
}

/** "fra 1. januar 2025" while it lasts, else "1. juni 2025 – 15. januar 2026", one line a period. */
export function SupplyText({ supplied }: { supplied: { from: Date; to: Date | null }[] }) {
  return supplied.map((period) => (
    <span key={period.from.toISOString()} className="block">
      {period.to ? (
        <>
          <CalendarDate date={period.from} /> – <CalendarDate date={period.to} />
        </>
      ) : (
        <>
          fra <CalendarDate date={period.from} />
        </>
      )}
    </span>
  ));
}
