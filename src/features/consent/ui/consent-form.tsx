"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, type ReactNode, useActionState, useRef, useState, useTransition } from "react";
import { type FormState, failed } from "@/platform/form-state";
import type { TConsentPost } from "../domain/consent-choice";
import { CONSENT_CHANNEL, CONSENT_STATUS_ID, focusMain, THIS_TAB } from "./consent-dom";
import { saveConsentChoice } from "./save-consent-choice";

const UNREACHABLE = "Valget ble ikke lagret fordi vi ikke fikk kontakt. Ingenting er endret. Prøv igjen.";

/**
 * The banner's and the settings' form. Without JavaScript it posts to the server action like any
 * form. With it, the post is sent here so that nothing can turn into an error page: a network
 * failure, an oversized or refused post all end as a message, and as no consent.
 */
export function ConsentForm({
  source,
  version,
  token,
  className,
  children,
}: {
  className: string;
  source: TConsentPost["source"];
  version: string;
  token: string;
  children: ReactNode;
}) {
  // Without JavaScript the browser posts the form to this action, and the page renders its result.
  const [posted, postWithoutScript] = useActionState(saveConsentChoice, null);
  const [sent, setSent] = useState<FormState>(null);
  const [pending, startTransition] = useTransition();
  const state = sent ?? posted;
  const form = useRef<HTMLFormElement>(null);
  const router = useRouter();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(async () => {
      const result = await saveConsentChoice(null, data).catch(() => failed(UNREACHABLE));
      setSent(result);
      // A refused post may have been made with an outdated text or form: fetch the current ones.
      if (!result?.ok) return router.refresh();
      const status = document.getElementById(CONSENT_STATUS_ID);
      if (status) status.textContent = result.message ?? "";
      form.current?.closest("dialog")?.close();
      if (typeof BroadcastChannel === "function") new BroadcastChannel(CONSENT_CHANNEL).postMessage(THIS_TAB);
      if (document.activeElement === document.body) focusMain();
    });
  }

  return (
    <form ref={form} action={postWithoutScript} onSubmit={submit} aria-busy={pending} className={className}>
      <input type="hidden" name="source" value={source} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="token" value={token} />
      {children}
      {state?.ok && <p className="w-full font-medium text-green-900">{state.message}</p>}
      {state?.ok === false && (
        <p role="alert" className="w-full rounded-md border border-red-700 bg-red-50 p-3 text-red-900">
          {state.formError}
        </p>
      )}
    </form>
  );
}
