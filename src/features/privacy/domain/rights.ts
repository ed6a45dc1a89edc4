// The data subject's rights, how far each one reaches, and where to complain.

import type { PrivacyRequestType } from "@/platform/format/labels";

/** The kinds of request a customer can make: the stored enum's values. */
export type { PrivacyRequestType };

export interface PrivacyRight {
  id:
    | "access"
    | "rectification"
    | "erasure"
    | "restriction"
    | "portability"
    | "objection"
    | "automated-decision";
  /** The request a customer makes to exercise it. */
  requestType: PrivacyRequestType;
  name: string;
  article: string;
  description: string;
  /** Where other law or the right's own conditions limit it (the statement: "enkelte begrensninger"). */
  limits: string;
  /** The law that limits it, named on every request of this kind (P29). */
  limitedBy: string;
}

export const PRIVACY_RIGHTS: readonly PrivacyRight[] = [
  {
    id: "access",
    requestType: "ACCESS",
    name: "Rett til innsyn",
    article: "personvernforordningen artikkel 15",
    description:
      "Du har rett til en kopi av personopplysningene vi har om deg, og til å vite hva vi bruker dem til, hvor vi har dem fra, hvem vi deler dem med og hvor lenge vi oppbevarer dem.",
    limits:
      "Kopien kan ikke inneholde opplysninger om andre personer, og vi kan holde tilbake opplysninger som må hemmeligholdes for å forebygge eller etterforske straffbare forhold (personopplysningsloven § 16).",
    limitedBy: "personopplysningsloven § 16 og personvernforordningen artikkel 15 nr. 4",
  },
  {
    id: "rectification",
    requestType: "RECTIFICATION",
    name: "Rett til korrigering",
    article: "personvernforordningen artikkel 16",
    description: "Du har rett til å få rettet eller supplert opplysninger som er feil eller ufullstendige.",
    limits:
      "Navn og adresse er hentet fra Folkeregisteret, og målepunktet fra Elhub. Feil der må også rettes hos kilden; vi hjelper deg med det.",
    limitedBy:
      "folkeregisterloven (navn og adresse rettes hos Folkeregisteret) og forskrift om måling, avregning mv. (målepunkt i Elhub)",
  },
  {
    id: "erasure",
    requestType: "ERASURE",
    name: "Rett til sletting",
    article: "personvernforordningen artikkel 17",
    description:
      "Du har rett til å få opplysninger slettet når vi ikke lenger trenger dem til formålet de ble samlet inn for.",
    limits:
      "Mens du er kunde, trenger vi opplysningene for å levere strøm. Etter at kundeforholdet er avsluttet, må vi beholde fakturaer i fem år og avtaler i tre og et halvt år etter bokføringsloven, og opplysninger som trengs for et konkret krav (artikkel 17 nr. 3 bokstav b og e). Alt annet sletter eller anonymiserer vi.",
    limitedBy: "bokføringsloven § 13 og personvernforordningen artikkel 17 nr. 3 bokstav b og e",
  },
  {
    id: "restriction",
    requestType: "RESTRICTION",
    name: "Rett til begrensning",
    article: "personvernforordningen artikkel 18",
    description:
      "Du har rett til å be oss begrense bruken av opplysningene, for eksempel mens vi undersøker om de er riktige.",
    limits:
      "Opplysningene blir fortsatt lagret, og vi kan bruke dem for å fastsette, gjøre gjeldende eller forsvare et rettskrav, og for å oppfylle plikter etter lov (artikkel 18 nr. 2).",
    limitedBy: "personvernforordningen artikkel 18 nr. 2",
  },
  {
    id: "portability",
    requestType: "PORTABILITY",
    name: "Rett til dataportabilitet",
    article: "personvernforordningen artikkel 20",
    description:
      "Du har rett til å få opplysningene overført til deg eller til en annen virksomhet i et strukturert, alminnelig anvendt og maskinlesbart format (JSON og CSV).",
    limits:
      "Gjelder opplysninger du selv har gitt oss eller som avtalen har generert, som forbruket ditt, og som vi behandler på grunnlag av avtale eller samtykke. Den gjelder ikke opplysninger vi bare behandler for å oppfylle en lovpålagt plikt.",
    limitedBy: "personvernforordningen artikkel 20 nr. 1 og 4",
  },
  {
    id: "objection",
    requestType: "OBJECTION",
    name: "Rett til å protestere",
    article: "personvernforordningen artikkel 21",
    description:
      "Du har rett til å protestere mot at vi bruker opplysningene dine til direkte markedsføring, inkludert profilering, og mot behandling vi gjør med grunnlag i berettiget interesse.",
    limits:
      "En protest mot direkte markedsføring tar vi alltid til følge. For annen behandling med grunnlag i berettiget interesse kan vi fortsette bare hvis vi har tvingende grunner som veier tyngre enn dine interesser, eller trenger opplysningene for et rettskrav.",
    limitedBy: "personvernforordningen artikkel 21 nr. 1 (markedsføring: artikkel 21 nr. 3, uten unntak)",
  },
  {
    id: "automated-decision",
    requestType: "AUTOMATED_DECISION_REVIEW",
    name: "Rett til ikke å bli utsatt for helautomatiserte avgjørelser",
    article: "personvernforordningen artikkel 22",
    description:
      "Kredittsjekken når du blir kunde, kan føre til et automatisk avslag. Du kan be om at en person hos oss vurderer saken på nytt, legge fram ditt syn og bestride avgjørelsen.",
    limits:
      "Gjelder avgjørelser som utelukkende er automatiserte og har rettsvirkning eller tilsvarende betydning for deg.",
    limitedBy: "personvernforordningen artikkel 22 nr. 2 og 3",
  },
];

/** GDPR Art. 12(3): one month, extendable by two more if we tell you why within the first. */
export const RESPONSE_DEADLINE = {
  months: 1,
  extendableByMonths: 2,
  article: "personvernforordningen artikkel 12 nr. 3",
};

export const SUPERVISORY_AUTHORITY = {
  name: "Datatilsynet",
  url: "https://www.datatilsynet.no",
  article: "personvernforordningen artikkel 77",
} as const;

/** The rights the access copy must state beside the data (Art. 15(1)(e)); the complaint is (f). */
const ACCESS_COPY_RIGHTS: readonly PrivacyRight["id"][] = [
  "rectification",
  "erasure",
  "restriction",
  "objection",
];

/** What the access copy says about the customer's other rights and where to complain. */
export function rightsInAccessCopy() {
  return {
    rights: PRIVACY_RIGHTS.filter((right) => ACCESS_COPY_RIGHTS.includes(right.id)).map((right) => ({
      name: right.name,
      article: right.article,
      description: right.description,
      limits: right.limits,
    })),
    howToUse: "Du bruker rettighetene under Personvern på Min side, eller ved å kontakte kundeservice.",
    complaint: {
      text: `Mener du at vi behandler opplysningene dine i strid med regelverket, kan du klage til ${SUPERVISORY_AUTHORITY.name}.`,
      authority: SUPERVISORY_AUTHORITY.name,
      url: SUPERVISORY_AUTHORITY.url,
      article: SUPERVISORY_AUTHORITY.article,
    },
  };
}
export type RightsInAccessCopy = ReturnType<typeof rightsInAccessCopy>;
