import type { Metadata } from "next";
import Link from "next/link";
import { RegisterRequestForm } from "@/app/admin/personvernsaker/ny/register-form";
import { requireStaff } from "@/features/sign-in/routes";
import { osloDate } from "@/platform/time/oslo-calendar";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Registrer personvernforespørsel" };

/**
 * P28: rights are exercised by contacting customer service. A request that came by email, phone or
 * letter, from a customer without a login or from someone who never was one, is registered here.
 */
export default async function RegisterPrivacyRequestPage({
  searchParams,
}: {
  searchParams: Promise<{ kunde?: string | string[] }>;
}) {
  await requireStaff();
  const { kunde } = await searchParams;
  const customerNumber = typeof kunde === "string" && /^\d{1,9}$/.test(kunde) ? kunde : undefined;
  const today = osloDate(new Date());

  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/personvernsaker" className="text-brand-700 underline">
          Tilbake til personvernsaker
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Registrer personvernforespørsel</h1>
        <p className="text-slate-700">
          For forespørsler som kom på e-post, telefon eller brev. Er personen kunde (også tidligere kunde),
          finn kundenummeret med{" "}
          <Link href="/admin" className="text-brand-700 underline">
            kundesøket
          </Link>{" "}
          først, og bekreft identiteten før du registrerer.
        </p>
      </header>
      <Card aria-labelledby="registrer-tittel">
        <h2 id="registrer-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Forespørselen
        </h2>
        <RegisterRequestForm today={today} customerNumber={customerNumber} />
      </Card>
    </div>
  );
}
