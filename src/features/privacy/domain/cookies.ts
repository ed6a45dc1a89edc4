// What the site stores in the visitor's browser, and the trackers it may load after consent.
import { CONSENT_COOKIE, CONSENT_VALID_MONTHS, TRACKING_COOKIE_MAX_MONTHS } from "@/features/consent";
import { APPLICATION_EXPIRY_DAYS } from "@/features/onboarding";
import { durationText, SESSION_MAX_HOURS, TRUSTED_DEVICE_DAYS } from "@/features/sign-in";
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
  {
    name: "klarkraft-soknad",
    purpose: "essential",
    provider: "Klarkraft",
    description:
      "Lar deg fortsette søknaden om å bli kunde der du slapp, i samme nettleser. Sendes bare til sidene for «Bli kunde».",
    lifetime: `${APPLICATION_EXPIRY_DAYS} dager`,
  },
  {
    name: "min-side-personal-v1",
    purpose: "essential",
    provider: "Klarkraft",
    description:
      "Ikke en informasjonskapsel, men nettleserens hurtigbuffer: kopier av Oversikt, Forbruk og Faktura slik du sist så dem innlogget, så du kan lese dem uten nett. Slettes når du logger ut, når økten er over, eller når en annen logger inn i samme nettleser.",
    lifetime: `Til du logger ut, og høyst ${durationText(SESSION_MAX_HOURS * 60)}`,
  },
  {
    name: CONSENT_COOKIE,
    purpose: "essential",
    provider: "Klarkraft",
    description:
      "Husker valget ditt om informasjonskapsler, så vi ikke spør på hver side, og en tilfeldig samtykke-ID som knytter valget til dokumentasjonen vår av det. Inneholder ikke navn eller e-post, og kan ikke leses av skript på siden.",
    lifetime: `${CONSENT_VALID_MONTHS} måneder, så spør vi deg igjen`,
  },
  {
    name: "_ga",
    purpose: "statistics",
    provider: "Google",
    description: "Et tilfeldig tall som skiller besøkende fra hverandre i statistikken.",
    lifetime: `${TRACKING_COOKIE_MAX_MONTHS} måneder`,
  },
  {
    name: "_ga_<måle-ID>",
    purpose: "statistics",
    provider: "Google",
    description: "Holder sammen sidene du ser i ett og samme besøk i statistikken.",
    lifetime: `${TRACKING_COOKIE_MAX_MONTHS} måneder`,
  },
  {
    name: "_fbp",
    purpose: "marketing",
    provider: "Meta",
    description:
      "Et tilfeldig tall som kjenner igjen nettleseren, så Meta kan måle om annonser på Facebook og Instagram fører til besøk hos oss.",
    lifetime: "90 dager",
  },
  {
    name: "_fbc",
    purpose: "marketing",
    provider: "Meta",
    description: "Husker at du kom til oss fra en annonse på Facebook eller Instagram.",
    lifetime: "90 dager",
  },
  {
    name: "_scid",
    purpose: "marketing",
    provider: "Snap",
    description:
      "Et tilfeldig tall som kjenner igjen nettleseren, så Snap kan måle om annonser på Snapchat fører til besøk hos oss.",
    lifetime: `${TRACKING_COOKIE_MAX_MONTHS} måneder`,
  },
  {
    name: "_scid_r",
    purpose: "marketing",
    provider: "Snap",
    description: "En kopi av _scid som Snap bruker til det samme.",
    lifetime: `${TRACKING_COOKIE_MAX_MONTHS} måneder`,
  },
  {
    name: "_sctr",
    purpose: "marketing",
    provider: "Snap",
    description: "Holder sammen det du gjør i ett besøk, så Snap ikke teller det samme to ganger.",
    lifetime: "Samme besøk",
  },
];

export type TrackerId = "ga4" | "meta" | "snap";

/** The hosts a tracker talks to, per Content-Security-Policy directive. */
export interface TrackerHosts {
  script: readonly string[];
  connect: readonly string[];
  img: readonly string[];
  frame?: readonly string[];
}

export interface Tracker {
  id: TrackerId;
  name: string;
  purpose: "statistics" | "marketing";
  recipient: RecipientId;
  /** Norwegian, lower case, completes "… som …": what the tool does for us. */
  does: string;
  /** Cookie names on our domain that belong to it: deleted when consent is withdrawn. */
  cookiePrefixes: readonly string[];
  hosts: TrackerHosts;
}

export const TRACKERS = [
  {
    id: "ga4",
    name: "Google Analytics 4",
    purpose: "statistics",
    recipient: "google",
    does: "teller hvilke sider som besøkes og hvordan",
    cookiePrefixes: ["_ga", "_gid", "_gat", "_gac_", "_gcl_"],
    hosts: {
      script: ["https://www.googletagmanager.com"],
      connect: [
        "https://*.google-analytics.com",
        "https://*.analytics.google.com",
        "https://*.googletagmanager.com",
      ],
      img: ["https://*.google-analytics.com", "https://*.googletagmanager.com"],
    },
  },
  {
    id: "meta",
    name: "Meta Pixel",
    purpose: "marketing",
    recipient: "meta",
    does: "måler om annonsene våre på Facebook og Instagram fører til besøk",
    cookiePrefixes: ["_fbp", "_fbc"],
    hosts: {
      script: ["https://connect.facebook.net"],
      connect: ["https://www.facebook.com", "https://connect.facebook.net"],
      img: ["https://www.facebook.com"],
    },
  },
  {
    id: "snap",
    name: "Snapchat Pixel",
    purpose: "marketing",
    recipient: "snap",
    does: "måler om annonsene våre på Snapchat fører til besøk",
    cookiePrefixes: ["_scid", "_sctr", "_schn", "_ss_"],
    hosts: {
      script: ["https://sc-static.net"],
      connect: ["https://tr.snapchat.com", "https://tr-shadow.snapchat.com"],
      img: ["https://tr.snapchat.com"],
      frame: ["https://tr.snapchat.com", "https://tr-shadow.snapchat.com"],
    },
  },
] as const satisfies readonly Tracker[];
