"use server";

import { headers } from "next/headers";
import { clientIpFrom } from "@/features/sign-in/server";
import { formAction } from "@/platform/form-action";
import { ZConsentPost } from "../domain/consent-choice";
import { recordConsentChoice } from "../server/consent";
import { readStoredConsent, writeConsentCookie } from "../server/consent-cookie";
import { consentVisitor } from "../server/consent-visitor";

/**
 * The banner's and the settings' one action. The record is written before the cookie, so no
 * browser holds a choice that has no proof; anything refused records nothing and changes nothing.
 */
export const saveConsentChoice = formAction({
  event: "consent.choose",
  guard: consentVisitor,
  schema: ZConsentPost,
  run: async (post, visitor) =>
    recordConsentChoice({
      post,
      visitor,
      previous: await readStoredConsent(),
      clientIp: clientIpFrom(await headers()),
    }),
  failures: {
    "outdated-text":
      "Teksten om informasjonskapsler er endret siden siden ble lastet, så valget ble ikke lagret. Les den nye teksten og velg på nytt.",
    "outdated-form": "Siden var utdatert, så valget ble ikke lagret. Velg på nytt.",
    "too-many":
      "Vi har fått mange valg herfra på kort tid og lagret ikke dette. Vent noen minutter og prøv igjen.",
  },
  done: async ({ consent }) => {
    await writeConsentCookie(consent);
    return { ok: true, message: "Valget ditt er lagret." };
  },
});
