import type { ReactNode } from "react";
import { Card } from "@/ui/card";

/** One right on the privacy page: a card under its own heading, which the card is labelled by. */
export function SectionCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card aria-labelledby={id}>
      <h2 id={id} className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </Card>
  );
}
