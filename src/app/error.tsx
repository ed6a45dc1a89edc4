"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";

/** Shown when a page fails. Never shows the error itself: it may carry details the user should not see. */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);

  // Move focus to the message so screen reader and keyboard users learn the page changed.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  return (
    <div className="max-w-xl space-y-4">
      <h1 ref={heading} tabIndex={-1} className="text-3xl font-bold text-slate-900">
        Noe gikk galt
      </h1>
      <p className="text-lg text-slate-700">
        Vi klarte ikke å vise siden akkurat nå. Prøv igjen om litt. Hvis feilen fortsetter, kan du kontakte
        kundeservice.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-md bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800"
        >
          Prøv igjen
        </button>
        <Link href="/" className="font-medium text-brand-700 underline hover:no-underline">
          Til forsiden
        </Link>
      </div>
    </div>
  );
}
