import type { ReactNode } from "react";
import { Card } from "@/ui/card";

/** One step of "Bli kunde": the page's single card, titled for the heading the step's content hangs under. */
export function StepCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card aria-labelledby="steg-tittel" className="flex flex-col gap-4">
      <h2 id="steg-tittel" className="text-xl font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </Card>
  );
}

/** A message in a step: news read out politely, or a warning announced at once. */
export function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "warning" }) {
  return (
    <div
      role={tone === "warning" ? "alert" : "status"}
      className={`rounded-md border p-4 ${tone === "warning" ? "border-amber-600 bg-amber-50" : "border-brand-700 bg-brand-50"}`}
    >
      {children}
    </div>
  );
}

/** What a registry outage tells the person: nothing is lost, and they can try again. */
export const unavailableText = (service: string) =>
  `Vi får ikke svar fra ${service} akkurat nå. Opplysningene dine er lagret, så du kan prøve igjen om litt – nå eller senere i denne nettleseren.`;
