"use client";

import { usePathname } from "next/navigation";
import { type KeyboardEvent, type ReactNode, useEffect, useRef } from "react";
import { isPersonalArea } from "../domain/tracker-pages";
import { focusMain } from "./consent-dom";

/**
 * The banner's frame: in the page's flow above the header, rendered by the server, so nothing on
 * the page moves when it appears. On arrival it takes focus (unless the visitor already moved it);
 * Escape only hands focus back to the page and records nothing; when a choice removes the banner,
 * focus goes to the main content. Not shown in the signed-in and onboarding areas.
 */
export function BannerShell({ headingId, children }: { headingId: string; children: ReactNode }) {
  const pathname = usePathname();
  const hidden = isPersonalArea(pathname);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    if (hidden) return;
    if (document.activeElement === document.body) document.getElementById(headingId)?.focus();
    return () => {
      // The banner is gone: if focus went with it, continue in the page instead of at its top.
      setTimeout(() => {
        if (document.activeElement === document.body) focusMain();
      });
    };
  }, [hidden, headingId]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape") return;
    event.preventDefault();
    focusMain();
  }

  if (hidden) return null;
  return (
    <section
      ref={section}
      aria-labelledby={headingId}
      onKeyDown={onKeyDown}
      className="border-b-4 border-brand-700 bg-white"
    >
      {children}
    </section>
  );
}
