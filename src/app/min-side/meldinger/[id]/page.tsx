import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CustomerReplyForm } from "@/app/min-side/meldinger/inquiry-forms";
import { CUSTOMER_STATUS_NAMES, INQUIRY_QUIET_CLOSE_DAYS } from "@/features/inquiries";
import { customerThreadPath, getCustomerInquiry } from "@/features/inquiries/server";
import { ThreadMessages } from "@/features/inquiries/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { isUuid } from "@/platform/identifiers/uuid";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Henvendelse" };

export default async function ThreadPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const session = await requireCustomer(isUuid(id) ? customerThreadPath(id) : "/min-side/meldinger");
  if (!isUuid(id)) notFound();
  const thread = await getCustomerInquiry(session.customerId, id);
  if (!thread) notFound();
  const justSent = (await searchParams).sendt === "1";

  return (
    <div className="space-y-6">
      <p>
        <Link href="/min-side/meldinger" className="font-medium text-brand-700 underline hover:no-underline">
          Alle meldinger
        </Link>
      </p>
      <header className="flex flex-wrap items-center gap-3">
        <h1 className="mr-auto text-3xl font-bold tracking-tight text-slate-900">{thread.subject}</h1>
        <Badge tone={thread.status === "ANSWERED" ? "success" : "neutral"}>
          {CUSTOMER_STATUS_NAMES[thread.status]}
        </Badge>
      </header>
      {justSent && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Meldingen er sendt. Du får et varsel her og en e-post når kundeservice svarer.
        </p>
      )}
      <ThreadMessages messages={thread.messages} customerLabel="Du" />
      <Card aria-labelledby="svar-tittel">
        <h2 id="svar-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Svar
        </h2>
        {thread.status === "CLOSED" && (
          <p className="mb-4 text-slate-700">
            Henvendelsen er lukket. Vil du ta opp saken igjen, kan du svare her, så åpner vi den på nytt.
          </p>
        )}
        <CustomerReplyForm
          inquiryId={thread.id}
          hint={
            thread.status === "ANSWERED"
              ? `Hører vi ikke fra deg innen ${INQUIRY_QUIET_CLOSE_DAYS} dager, lukker vi henvendelsen. Du kan fortsatt svare etterpå, så åpnes den igjen.`
              : undefined
          }
        />
      </Card>
    </div>
  );
}
