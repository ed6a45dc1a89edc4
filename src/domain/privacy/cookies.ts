// What the site stores in the visitor's browser, and the trackers it may load after consent.
import { durationText, SESSION_MAX_HOURS, TRUSTED_DEVICE_DAYS } from "@/domain/security-limits";
import type { RecipientId } from "./vocabulary";

export interface CookieEntry {
  name: string;
  purpose: "essential" | "statistics" | "marketing";
  provider: string;
  description: string;
  lifetime: string;
}

/** Names as on plain http; over https Auth.js prefixes them with "__Secure-". */
export const COOKIES: readonly CookieEntry[] = [
  {
    name: "authjs.session-token",
    purpose: "essential",
    provider: "Klarkraft",
    description:
      "Holder deg innlogget på Min side. Inneholder bare en kryptert henvisning til innloggingen din, ikke navn eller e-post.",
    lifetime: `Til du logger ut, og høyst ${durationText(SESSION_MAX_HOURS * 60)}`,
  },
  {
    name: "klarkraft-enhet",
    purpose: "essential",
    provider: "Klarkraft",
    description:
      "Husker at denne nettleseren har logget inn på kontoen før, så en som prøver å gjette passordet ditt fra et annet sted ikke kan sperre deg ute. Inneholder et tilfeldig tall med signatur, ikke navn eller e-post.",
    lifetime: `${TRUSTED_DEVICE_DAYS} dager`,
  },
  {
    name: "authjs.callback-url",
    purpose: "essential",
    provider: "Klarkraft",
    description: "Husker hvilken side du skal tilbake til etter at du har logget inn.",
    lifetime: "Til du lukker nettleseren",
  },
];

export const TRACKERS = [
  { name: "Google Analytics 4", purpose: "statistics", recipient: "google" },
  { name: "Meta Pixel", purpose: "marketing", recipient: "meta" },
  { name: "Snapchat Pixel", purpose: "marketing", recipient: "snap" },
] as const satisfies readonly { name: string; purpose: "statistics" | "marketing"; recipient: RecipientId }[];
