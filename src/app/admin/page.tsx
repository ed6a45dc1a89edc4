import type { Metadata } from "next";
import Link from "next/link";
import { CustomerSearch } from "@/app/admin/customer-search";
import { requireStaff } from "@/features/sign-in/routes";
import { ROLE_LABELS } from "@/platform/format/labels";
import { Card } from "@/ui/card";

export const metadata: Metadata = { title: "Kundeservice" };

export default async function AdminStartPage() {
  const staff = await requireStaff();

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-3xl font-bold tracking-tight text-slate-900">Kundeservice</h1>
        <p className="text-slate-700">
          Innlogget som {ROLE_LABELS[staff.role].toLowerCase()}. Hvert søk logges i revisjonsloggen med
          grunnen du velger, uten søketeksten.
        </p>
        <p>
          <Link
            href="/admin/kredittvurderinger"
            className="font-medium text-brand-700 underline hover:text-brand-900"
          >
            Kredittvurderinger
          </Link>
          : søkere som skal vurderes av en person
        </p>
        <p>
          <Link
            href="/admin/faktura/innbetalinger"
            className="font-medium text-brand-700 underline hover:text-brand-900"
          >
            Innbetalinger fra banken
          </Link>
          : OCR-filer og betalinger uten faktura
        </p>
        {staff.role === "ADMIN" && (
          <ul className="flex flex-wrap gap-x-6 gap-y-1">
            <li>
              <Link
                href="/admin/ansatte"
                className="font-medium text-brand-700 underline hover:text-brand-900"
              >
                Ansatte og totrinnsinnlogging
              </Link>
            </li>
            <li>
              <Link
                href="/admin/revisjonslogg"
                className="font-medium text-brand-700 underline hover:text-brand-900"
              >
                Revisjonslogg
              </Link>
            </li>
          </ul>
        )}
      </header>
      <Card aria-labelledby="kundesok-tittel">
        <h2 id="kundesok-tittel" className="mb-4 text-xl font-semibold text-slate-900">
          Finn en kunde
        </h2>
        <CustomerSearch />
      </Card>
      <Card aria-labelledby="rapporter-tittel">
        <h2 id="rapporter-tittel" className="mb-2 text-xl font-semibold text-slate-900">
          Rapporter
        </h2>
        <p className="text-slate-700">
          <Link href="/admin/samtykker" className="font-medium text-brand-700 underline hover:no-underline">
            Samtykker til informasjonskapsler
          </Link>
          : antall valg per kategori og versjon, uten enkeltpersoner.
        </p>
        <p className="mt-2 text-slate-700">
          <Link
            href="/admin/personvernsaker"
            className="font-medium text-brand-700 underline hover:no-underline"
          >
            Personvernsaker
          </Link>
          : forespørsler om innsyn, retting, sletting, begrensning og protest, etter frist.
        </p>
      </Card>
    </div>
  );
}
