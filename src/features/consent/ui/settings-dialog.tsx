"use client";

import { usePathname } from "next/navigation";
import { type ReactNode, useEffect, useRef } from "react";
import { SETTINGS_DIALOG_ID } from "./consent-dom";

/**
 * The settings as a native modal dialog: the browser keeps focus inside, makes the page behind it
 * inert, closes it on Escape (saving nothing) and returns focus to whatever opened it.
 */
export function SettingsDialog({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();

  // A link inside (to /informasjonskapsler) navigates without reloading: leave the dialog behind.
  useEffect(() => {
    if (pathname) dialog.current?.close();
  }, [pathname]);

  return (
    <dialog
      ref={dialog}
      id={SETTINGS_DIALOG_ID}
      aria-labelledby={labelledBy}
      className="m-auto max-h-[90dvh] w-[min(40rem,calc(100%-2rem))] overflow-y-auto rounded-lg border border-slate-300 bg-white p-5 text-slate-900 shadow-xl backdrop:bg-slate-900/60 sm:p-6"
    >
      {children}
    </dialog>
  );
}

/** Opens the settings dialog and puts focus on its heading; false if this page has none. */
export function openConsentSettings(): boolean {
  const dialog = document.getElementById(SETTINGS_DIALOG_ID);
  if (!(dialog instanceof HTMLDialogElement)) return false;
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLElement>("h2")?.focus();
  return true;
}
