"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { copyTimeText } from "../domain/copy-time";
import { isOfflinePage } from "../domain/offline-pages";
import { askCopyStatus, tellWorker } from "./worker-channel";

/**
 * On Min side: says so when the page shown is the service worker's offline copy, and from when. A page
 * reached by a client-side navigation came without a document request the worker could keep, so the
 * worker is asked to fetch and keep it.
 */
export function OfflineBanner() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const [fetchedAt, setFetchedAt] = useState<number | null>(null);
  const firstPage = useRef(true);

  useEffect(() => {
    void askCopyStatus().then((answer) => setFetchedAt(answer.fetchedAt));
  }, []);

  useEffect(() => {
    // The document's own page went through the worker already.
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    if (!navigator.onLine || !isOfflinePage(pathname)) return;
    void tellWorker({ type: "offline-page-seen", url: query ? `${pathname}?${query}` : pathname });
  }, [pathname, query]);

  // Rendered only on a copy, so that no page carries a second, empty status region.
  if (fetchedAt === null) return null;
  return (
    <p
      role="status"
      className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 font-semibold text-amber-900"
    >
      Du er frakoblet — viser data fra {copyTimeText(new Date(fetchedAt), new Date())}
    </p>
  );
}
