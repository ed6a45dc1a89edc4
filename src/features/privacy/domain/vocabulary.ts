// The terms the privacy register is written in: who is responsible, the legal bases, purposes,
// sources and recipients. The register, cookies and rights refer to them by id.

/** Synthetic company: deliberately no organisation number, so it cannot collide with a real one. */
export const CONTROLLER = {
  name: "Klarkraft AS",
  street: "Kraftgata 1",
  postalCode: "0150",
  city: "Oslo",
  customerServiceEmail: "kundeservice@klarkraft.no",
  privacyEmail: "personvern@klarkraft.no",
} as const;

/** ISO date of the current statement. Cookie consent has its own version: CONSENT_POLICY_VERSION (src/features/consent/domain/consent-limits.ts). */
export const PRIVACY_POLICY_UPDATED = "2026-11-25";

export type LegalBasisId = "contract" | "legal-obligation" | "legitimate-interest" | "consent";

export interface LegalBasis {
  /** GDPR Article 6(1) point. */
  article: "6(1)(a)" | "6(1)(b)" | "6(1)(c)" | "6(1)(f)";
  citation: string;
  name: string;
  explanation: string;
}

export const LEGAL_BASES: Record<LegalBasisId, LegalBasis> = {
  contract: {
    article: "6(1)(b)",
    citation: "personvernforordningen artikkel 6 nr. 1 bokstav b",
    name: "Avtale",
    explanation:
      "Behandlingen er nødvendig for å inngå og oppfylle strømavtalen med deg, eller for å gjøre det du ber om før avtalen inngås.",
  },
  "legal-obligation": {
    article: "6(1)(c)",
    citation: "personvernforordningen artikkel 6 nr. 1 bokstav c",
    name: "Rettslig forpliktelse",
    explanation: "Vi må behandle opplysningene for å oppfylle en plikt vi har etter lov.",
  },
  "legitimate-interest": {
    article: "6(1)(f)",
    citation: "personvernforordningen artikkel 6 nr. 1 bokstav f",
    name: "Berettiget interesse",
    explanation:
      "Behandlingen er nødvendig for et berettiget formål, og vi har vurdert at hensynet til ditt personvern ikke veier tyngre. Du kan protestere.",
  },
  consent: {
    article: "6(1)(a)",
    citation: "personvernforordningen artikkel 6 nr. 1 bokstav a",
    name: "Samtykke",
    explanation:
      "Vi behandler opplysningene bare hvis du har sagt ja, og du kan trekke samtykket tilbake like enkelt som du ga det.",
  },
};

/**
 * The statement says processing "skjer med ditt samtykke". That is not the legal basis for running
 * the customer relationship, and calling it consent would suggest it can be withdrawn at will.
 */
export const LEGAL_BASIS_SUMMARY =
  "Opplysningene om kundeforholdet ditt behandler vi fordi det er nødvendig for å oppfylle strømavtalen med deg, og fordi lover som bokføringsloven pålegger oss det. Samtykke bruker vi bare der vi faktisk spør deg: for informasjonskapsler til statistikk og markedsføring, og for varsler du slår på.";

export type PurposeId =
  | "customer-relationship"
  | "identification"
  | "credit-assessment"
  | "market-reporting"
  | "bookkeeping"
  | "fraud-prevention"
  | "claims"
  | "security"
  | "privacy-rights"
  | "consent-proof"
  | "analytics"
  | "marketing"
  | "notifications";

export interface Purpose {
  name: string;
  /**
   * True for the statement's "andre formål som ikke er uforenlige": uses beyond running the customer
   * relationship (bookkeeping, uncovering illegalities, claims and disputes).
   */
  furtherPurpose: boolean;
}

export const PURPOSES: Record<PurposeId, Purpose> = {
  "customer-relationship": {
    name: "Opprette og forvalte kundeforholdet",
    furtherPurpose: false,
  },
  identification: { name: "Identifisere deg og strømmåleren din", furtherPurpose: false },
  "credit-assessment": { name: "Kredittvurdering før vi inngår avtale", furtherPurpose: false },
  "market-reporting": { name: "Melding til Elhub etter kraftmarkedets regler", furtherPurpose: false },
  bookkeeping: { name: "Bokføring og regnskap", furtherPurpose: true },
  "fraud-prevention": { name: "Undersøke og avdekke ulovligheter", furtherPurpose: true },
  claims: { name: "Håndtere krav, klager og tvister", furtherPurpose: true },
  security: { name: "Informasjonssikkerhet og beskyttelse mot misbruk", furtherPurpose: false },
  "privacy-rights": { name: "Behandle henvendelser om personvernrettighetene dine", furtherPurpose: false },
  "consent-proof": { name: "Dokumentere samtykke", furtherPurpose: false },
  analytics: { name: "Trafikkanalyse", furtherPurpose: false },
  marketing: { name: "Markedsføring i sosiale medier", furtherPurpose: false },
  notifications: { name: "Varsler du har valgt", furtherPurpose: false },
};

export type SourceId = "customer" | "folkeregisteret" | "elhub" | "experian" | "portal" | "bank";

export const SOURCES: Record<
  SourceId,
  { name: string /** As in "fra …". */; shortName: string; description: string }
> = {
  customer: {
    name: "Deg",
    shortName: "deg",
    description: "Det du oppgir når du blir kunde, på Min side eller til kundeservice.",
  },
  folkeregisteret: {
    name: "Folkeregisteret",
    shortName: "Folkeregisteret",
    description: "Identitetssjekk: navn, adresse og status (bosatt, utvandret eller død).",
  },
  elhub: {
    name: "Elhub",
    shortName: "Elhub",
    description: "Målepunktet ditt, strømmåleren og forbruket som måles der.",
  },
  experian: { name: "Experian", shortName: "Experian", description: "Kredittsjekk når du blir kunde." },
  portal: {
    name: "Klarkraft",
    shortName: "oss",
    description:
      "Opplysninger som oppstår når du er kunde og bruker tjenestene våre, som kundenummer, fakturaer, innlogginger og logger.",
  },
  bank: {
    name: "Banken",
    shortName: "banken",
    description:
      "Innbetalinger med KID: beløp, dato og kontonummeret det ble betalt fra, i filen bankene sender oss.",
  },
};

export type RecipientId =
  | "elhub"
  | "experian"
  | "folkeregisteret"
  | "hosting"
  | "email"
  | "letters"
  | "google"
  | "meta"
  | "snap"
  | "push-services";

export type RecipientRole = "processor" | "independent-controller" | "joint-controller" | "source-only";

export const RECIPIENT_ROLE_NAMES: Record<RecipientRole, string> = {
  processor: "Databehandler",
  "independent-controller": "Selvstendig behandlingsansvarlig",
  "joint-controller": "Felles behandlingsansvarlig for innsamlingen",
  "source-only": "Kilde (mottar bare oppslaget)",
};

export interface Recipient {
  name: string;
  role: RecipientRole;
  /** What they receive and why, in Norwegian. */
  description: string;
  location: string;
  /** Trackers: only ever receive anything after the visitor has consented to this cookie purpose. */
  requiresConsent?: "statistics" | "marketing";
}

export const RECIPIENTS: Record<RecipientId, Recipient> = {
  elhub: {
    name: "Elhub AS",
    role: "independent-controller",
    description:
      "Den nasjonale datahuben for strømmarkedet. Vi melder leverandørbytte, flytting og opphør til Elhub på dine vegne, med navn, adresse, fødselsnummer og målepunkt, og henter målepunktdata og forbruk derfra.",
    location: "Norge",
  },
  experian: {
    name: "Experian AS",
    role: "independent-controller",
    description:
      "Kredittopplysningsforetak. Vi sender navn, adresse og fødselsnummer og får tilbake en kredittvurdering. Experian sender deg et gjenpartsbrev om kredittsjekken.",
    location: "Norge",
  },
  folkeregisteret: {
    name: "Folkeregisteret (Skatteetaten)",
    role: "source-only",
    description:
      "Vi slår opp fødselsnummeret ditt for å bekrefte navn, adresse og status. Utover selve oppslaget deler vi ingen opplysninger med Folkeregisteret.",
    location: "Norge",
  },
  hosting: {
    name: "Drifts- og IT-leverandør",
    role: "processor",
    description:
      "Drifter serverne og databasen som kundesystemet og Min side kjører på, og tar sikkerhetskopier. Har bare tilgang for å levere driften.",
    location: "EU/EØS",
  },
  email: {
    name: "E-postleverandør",
    role: "processor",
    description:
      "Sender e-post fra oss til deg, for eksempel svar fra kundeservice og lenker for å nullstille passord.",
    location: "EU/EØS",
  },
  letters: {
    name: "Trykkeri og postleverandør",
    role: "processor",
    description:
      "Skriver ut og poster brevet med aktiveringskode når du blir kunde uten BankID: får navnet og adressen Folkeregisteret har på deg, og koden. Ikke fødselsnummeret.",
    location: "Norge",
  },
  google: {
    name: "Google Ireland Ltd. (Google Analytics 4)",
    role: "processor",
    description:
      "Trafikkanalyse: hvilke sider som besøkes og hvordan. Brukes bare hvis du samtykker til statistikk.",
    location: "EU/EØS, med mulig overføring til USA under EU–US Data Privacy Framework",
    requiresConsent: "statistics",
  },
  meta: {
    name: "Meta Platforms Ireland Ltd. (Meta Pixel)",
    role: "joint-controller",
    description:
      "Måler effekten av annonser på Facebook og Instagram. Brukes bare hvis du samtykker til markedsføring.",
    location: "EU/EØS, med mulig overføring til USA under EU–US Data Privacy Framework",
    requiresConsent: "marketing",
  },
  snap: {
    name: "Snap B.V. (Snapchat Pixel)",
    role: "joint-controller",
    description: "Måler effekten av annonser på Snapchat. Brukes bare hvis du samtykker til markedsføring.",
    location: "EU/EØS, med mulig overføring til USA under EU–US Data Privacy Framework",
    requiresConsent: "marketing",
  },
  "push-services": {
    name: "Nettleserens varslingstjeneste (Google, Mozilla, Apple eller Microsoft, etter hvilken nettleser du bruker)",
    role: "processor",
    description:
      "Leverer varslene du har slått på til enheten din. Innholdet er kryptert slik at bare nettleseren din kan lese det; tjenesten ser bare at enheten får et varsel.",
    location: "EU/EØS eller USA, under EU–US Data Privacy Framework",
  },
};
