"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface NavItem {
  href: string;
  label: string;
  /** Only an exact match is current (e.g. the overview, whose path prefixes every other item). */
  exact?: boolean;
  /** Things waiting behind the link (staff's open inquiries), shown as a badge when above zero. */
  waiting?: number;
}

function isCurrent(pathname: string, item: NavItem): boolean {
  if (pathname === item.href) return true;
  return !item.exact && pathname.startsWith(`${item.href}/`);
}

/**
 * The header's links with aria-current on the page you are on. Plain links in a list that scrolls
 * sideways on narrow screens: nothing to open, so it works before (and without) JavaScript.
 */
const STYLES = {
  actions: {
    list: "flex items-center gap-1 sm:gap-2",
    item: "",
    link: "inline-block rounded-md px-2.5 py-2 text-sm font-semibold text-brand-800 underline-offset-4 hover:underline aria-[current=page]:underline sm:px-3 sm:text-base",
  },
  tabs: {
    list: "-mb-px flex gap-1 overflow-x-auto px-1 [scrollbar-width:thin]",
    item: "shrink-0",
    link: "block whitespace-nowrap border-b-4 border-transparent px-3 py-3 text-sm font-medium text-slate-700 no-underline hover:border-slate-300 hover:text-slate-900 aria-[current=page]:border-brand-700 aria-[current=page]:font-semibold aria-[current=page]:text-brand-900 sm:text-base",
  },
} as const;

export function NavLinks({ items, variant }: { items: readonly NavItem[]; variant: keyof typeof STYLES }) {
  const pathname = usePathname();
  const styles = STYLES[variant];
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.href} className={styles.item || undefined}>
          <Link
            href={item.href}
            aria-current={isCurrent(pathname, item) ? "page" : undefined}
            className={styles.link}
          >
            {item.label}
            {item.waiting ? (
              <>
                {" "}
                <span className="ml-1 inline-block min-w-6 rounded-full bg-brand-700 px-1.5 text-center text-sm font-bold text-white no-underline">
                  {item.waiting}
                </span>
                <span className="sr-only"> venter på svar</span>
              </>
            ) : null}
          </Link>
        </li>
      ))}
    </ul>
  );
}
