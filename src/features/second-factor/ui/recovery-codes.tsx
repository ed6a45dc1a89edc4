"use client";

import { useEffect, useRef } from "react";
import { ButtonLink } from "@/ui/button-link";
import { CopyButton } from "@/ui/copy-button";

/**
 * The recovery codes, right after the app was set up: the only time they can be shown, since only
 * their hashes are kept. Takes the form's place, so focus moves to its heading.
 */
export function RecoveryCodes({
  codes,
  continueHref,
  continueLabel,
}: {
  codes: string[];
  continueHref: string;
  continueLabel: string;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="flex flex-col gap-4">
      <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold text-slate-900">
        Totrinnsinnlogging er slått på
      </h2>
      <p>
        Her er gjenopprettingskodene dine. Har du ikke telefonen når du skal logge inn, skriver du en av dem i
        stedet for koden fra appen. Hver kode virker én gang.
      </p>
      <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
        Lagre kodene nå, for eksempel i passordbehandleren din eller skrevet ut på papir. De vises ikke igjen.
      </p>
      <ol
        aria-label="Gjenopprettingskoder"
        className="grid list-inside list-decimal grid-cols-1 gap-x-8 gap-y-1 font-mono text-lg sm:grid-cols-2"
      >
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <div>
        <CopyButton text={codes.join("\n")} label="Kopier kodene" />
      </div>
      <div>
        <ButtonLink href={continueHref}>{continueLabel}</ButtonLink>
      </div>
    </div>
  );
}
