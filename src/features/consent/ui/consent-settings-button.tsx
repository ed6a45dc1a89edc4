"use client";

import type { ReactNode } from "react";
import { openConsentSettings } from "./settings-dialog";

/**
 * "Innstillinger for informasjonskapsler" in the footer and "Tilpass" in the banner: a button that
 * opens the settings dialog on any page. Without JavaScript its little form leads to the settings
 * on /informasjonskapsler instead.
 */
export function ConsentSettingsButton({ className, children }: { className: string; children: ReactNode }) {
  return (
    <form action="/informasjonskapsler#innstillinger" method="get" className="contents">
      <button
        type="submit"
        aria-haspopup="dialog"
        className={className}
        onClick={(event) => {
          if (openConsentSettings()) event.preventDefault();
        }}
      >
        {children}
      </button>
    </form>
  );
}
