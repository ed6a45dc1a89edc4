import type { Metadata } from "next";
import Link from "next/link";
import { RegisterInquiryForm } from "@/app/admin/meldinger/ny/register-form";
import { requireStaff } from "@/features/sign-in/routes";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Registrer henvendelse" };

/**
 * Someone without a login (a former customer whose login is gone, or someone who never was one) wrote
 * or called: the inquiry is registered here and answered in the inbox like any other.
 */
export default async function RegisterInquiryPage() {
  await requireStaff();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/meldinger" className="font-medium text-brand-700 underline hover:no-underline">
          Tilbake til innboksen
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Registrer henvendelse</h1>
        <p className="text-slate-700">
          For den som skrev eller ringte uten å kunne logge inn. Kunder med innlogging skriver selv under
          Meldinger på Min side. Ber personen om innsyn, sletting eller en annen personvernrettighet,{" "}
          <Link href="/admin/personvernsaker/ny" className="text-brand-700 underline">
            registrer en personvernforespørsel
          </Link>{" "}
          i stedet: den har en lovfestet frist.
        </p>
      </header>
      <Card aria-labelledby="henvendelse-tittel">
        <h2 id="henvendelse-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Henvendelsen
        </h2>
        <RegisterInquiryForm />
      </Card>
    </div>
  );
}
