import Link from "next/link";
import { Card } from "@/ui/card";

/**
 * What an audited admin page shows instead of its data to a request from another site's link
 * (requestedFromOwnSite): opening it from here is the staff member's own deliberate look.
 */
export function OpenFromHere({ title, href }: { title: string; href: string }) {
  return (
    <Card className="space-y-3">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <p>Du kom hit fra en lenke på et annet nettsted. Det du ser her, føres i revisjonsloggen.</p>
      <Link href={href} className="font-medium text-brand-700 underline">
        Åpne siden
      </Link>
    </Card>
  );
}
