import type { Metadata } from "next";
import { ButtonLink } from "@/ui/button-link";

export const metadata: Metadata = { title: "Fant ikke siden" };

export default function NotFound() {
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold text-slate-900">Fant ikke siden</h1>
      <p className="text-lg text-slate-700">
        Siden du leter etter, finnes ikke, eller så har du ikke tilgang til den. Sjekk adressen, eller gå
        tilbake til forsiden.
      </p>
      <ButtonLink href="/">Til forsiden</ButtonLink>
    </div>
  );
}
