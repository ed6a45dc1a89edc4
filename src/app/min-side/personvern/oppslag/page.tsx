import type { Metadata } from "next";
import Link from "next/link";
import { STAFF_VIEWS_PAGE_SIZE, staffViewsPageParam } from "@/features/privacy";
import { staffViewsPage } from "@/features/privacy/server";
import { StaffViewsTable } from "@/features/privacy/ui";
import { requireCustomer } from "@/features/sign-in/routes";
import { Card } from "@/ui/card";
import { Pager } from "@/ui/pager";

export const metadata: Metadata = { title: "Ansattes oppslag" };

const PAGE = "/min-side/personvern/oppslag";

function pageHref(page: number): string {
  return page > 1 ? `${PAGE}?side=${page}` : PAGE;
}

/** Every staff look at the signed-in customer's data, newest first, a page at a time. */
export default async function StaffViewsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { side } = await searchParams;
  const requested = staffViewsPageParam(side);
  const session = await requireCustomer(requested && requested > 1 ? pageHref(requested) : PAGE);
  const list = await staffViewsPage(session, requested ?? 1);
  const first = (list.page - 1) * STAFF_VIEWS_PAGE_SIZE + 1;
  const last = first + list.views.length - 1;

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/min-side/personvern#hvem-har-sett" className="text-brand-700 underline">
          Tilbake til Personvern
        </Link>
      </p>
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold text-slate-900">Hvem har sett på opplysningene mine</h1>
        <p className="text-slate-700">
          Hver gang en ansatt søker deg opp eller åpner opplysningene dine, blir det logget. Her er alle
          oppslagene, det nyeste først. De står også i{" "}
          <Link href="/min-side/personvern/innsyn" className="text-brand-700 underline">
            kopien av opplysningene dine
          </Link>
          .
        </p>
      </header>
      {requested === null && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Sidenummeret i adressen er ikke gyldig. Her er første side.
        </p>
      )}
      {list.beyondEnd && (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950">
          Det finnes bare {list.pageCount} {list.pageCount === 1 ? "side" : "sider"}. Her er den siste.
        </p>
      )}
      <Card aria-labelledby="oppslag-antall">
        <h2 id="oppslag-antall" className="text-xl font-semibold text-slate-900">
          {list.total === 0 ? "Ingen oppslag" : `Oppslag ${first}–${last} av ${list.total}`}
        </h2>
        <div className="mt-3">
          <StaffViewsTable id="oppslag-tabell" views={list.views} />
        </div>
        <Pager page={list.page} pageCount={list.pageCount} hrefFor={pageHref} label="Sider med oppslag" />
      </Card>
    </div>
  );
}
