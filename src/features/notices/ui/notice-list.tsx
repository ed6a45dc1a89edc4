"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NoticeView {
  id: string;
  text: string;
  href: string;
  createdAtIso: string;
  createdAtText: string;
}

/**
 * The unread notices, minus those about the page being shown: opening that page is what marks them
 * read, and the layout may have read them just before the page did.
 */
export function NoticeList({ notices }: { notices: readonly NoticeView[] }) {
  const pathname = usePathname();
  const shown = notices.filter((notice) => notice.href !== pathname);
  if (shown.length === 0) return null;
  return (
    <section
      aria-labelledby="varsler-tittel"
      className="mb-6 rounded-lg border border-amber-300 bg-amber-50 p-4"
    >
      <h2 id="varsler-tittel" className="font-semibold text-amber-950">
        {shown.length === 1 ? "Du har 1 nytt varsel" : `Du har ${shown.length} nye varsler`}
      </h2>
      <ul className="mt-2 space-y-1">
        {shown.map((notice) => (
          <li key={notice.id}>
            <Link href={notice.href} className="font-medium text-slate-900 underline hover:no-underline">
              {notice.text}
            </Link>{" "}
            <span className="text-sm text-slate-700">
              (<time dateTime={notice.createdAtIso}>{notice.createdAtText}</time>)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
