import type { Metadata } from "next";
import Link from "next/link";
import { NewInquiryForm } from "@/app/min-side/meldinger/inquiry-forms";
import { customerThreadPath, listCustomerInquiries } from "@/features/inquiries/server";
import { requireCustomer } from "@/features/sign-in/routes";
import { INQUIRY_STATUS_CUSTOMER_LABELS } from "@/platform/format/labels";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Meldinger" };

export default async function MessagesPage() {
  const session = await requireCustomer("/min-side/meldinger");
  const threads = await listCustomerInquiries(session.customerId);

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Meldinger</h1>
        <p className="max-w-2xl text-slate-700">
          Skriv til kundeservice om avtalen, fakturaen, flytting eller personvernet ditt. Her kan du også be
          om innsyn, retting eller sletting av opplysningene dine. Svaret kommer her, og vi sender deg en
          e-post når det er klart.
        </p>
      </header>

      <Card aria-labelledby="ny-melding-tittel">
        <h2 id="ny-melding-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Ny melding
        </h2>
        <NewInquiryForm />
      </Card>

      <section aria-labelledby="henvendelser-tittel" className="space-y-4">
        <h2 id="henvendelser-tittel" className="text-2xl font-bold text-slate-900">
          Henvendelsene dine
        </h2>
        {threads.length === 0 ? (
          <p className="text-slate-700">Du har ikke skrevet til oss ennå.</p>
        ) : (
          <ul className="space-y-3">
            {threads.map((thread) => (
              <li key={thread.id}>
                <Card as="article" className="flex flex-wrap items-center gap-3">
                  <Link
                    href={customerThreadPath(thread.id)}
                    className="mr-auto font-semibold text-brand-800 underline hover:no-underline"
                  >
                    {thread.subject}
                  </Link>
                  <span className="text-sm text-slate-700">
                    Sist oppdatert{" "}
                    <time dateTime={thread.lastMessageAt.toISOString()}>
                      {osloDateTime(thread.lastMessageAt)}
                    </time>
                  </span>
                  <Badge tone={thread.status === "ANSWERED" ? "success" : "neutral"}>
                    {INQUIRY_STATUS_CUSTOMER_LABELS[thread.status]}
                  </Badge>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
