"use client";

import { useEffect, useRef } from "react";
import { osloDateLong } from "@/platform/time/oslo-time";
import { CopyButton } from "@/ui/copy-button";

/**
 * The new token, right after it was made: the only time it can be shown, since only its keyed hash is
 * kept. Takes the form's place, so focus moves to its heading.
 */
export function CreatedToken({ token, name, expiresAt }: { token: string; name: string; expiresAt: Date }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="flex flex-col gap-3">
      <h3 ref={heading} tabIndex={-1} className="text-lg font-semibold text-slate-900">
        API-nøkkelen «{name}» er laget
      </h3>
      <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
        Kopier nøkkelen nå og lagre den et trygt sted, for eksempel i passordbehandleren din. Den vises ikke
        igjen. Alle som har nøkkelen, kan lese det du ga den tilgang til, til den utløper{" "}
        {osloDateLong(expiresAt)} eller du trekker den tilbake.
      </p>
      <p className="font-medium">Din nye API-nøkkel:</p>
      <code className="block rounded-md border border-slate-300 bg-slate-50 p-3 font-mono text-base break-all select-all">
        {token}
      </code>
      <div>
        <CopyButton text={token} label="Kopier nøkkelen" />
      </div>
      <p className="text-slate-700">
        Et skript sender den i headeren{" "}
        <code className="font-mono">Authorization: Bearer &lt;nøkkel&gt;</code>.
      </p>
    </div>
  );
}
