import Link from "next/link";

/**
 * "Forrige" / "Neste" links for a paged list. `hrefFor` builds the address of a page, keeping the
 * list's filters. Nothing renders for a single page.
 */
export function Pager({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  const link = "font-medium text-brand-700 underline hover:no-underline";
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} className={link}>
          Forrige side
        </Link>
      )}
      <span className="text-slate-700">
        Side {page} av {pageCount}
      </span>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} className={link}>
          Neste side
        </Link>
      )}
    </nav>
  );
}
