// The record of processing behind the privacy statement: what we hold, where, why, on which legal
// basis, from whom, shared with whom and for how long. The privacy page is rendered from it; access
// exports and the retention job read the same entries, so the statement cannot drift from the code.
import type { Prisma, PrivacyRequestType } from "@/generated/prisma/client";

// ─── Who is responsible ──────────────────────────────────────────────────────────────────────────

/** Synthetic company: deliberately no organisation number, so it cannot collide with a real one. */
export const CONTROLLER = {
  name: "Klarkraft AS",
  street: "Kraftgata 1",
  postalCode: "0150",
  city: "Oslo",
  customerServiceEmail: "kundeservice@klarkraft.no",
  privacyEmail: "personvern@klarkraft.no",
} as const;

/** ISO date of the current statement. Consent records store it as their policy version. */
export const PRIVACY_POLICY_UPDATED = "2026-11-25";

// ─── Vocabulary ──────────────────────────────────────────────────────────────────────────────────

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
  "Opplysningene om kundeforholdet ditt behandler vi fordi det er nødvendig for å oppfylle strømavtalen med deg, og fordi lover som bokføringsloven pålegger oss det. Samtykke bruker vi bare der vi faktisk spør deg: for informasjonskapsler til statistikk og markedsføring.";

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
  | "marketing";

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
};

export type SourceId = "customer" | "folkeregisteret" | "elhub" | "experian" | "portal";

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
};

export type RecipientId =
  | "elhub"
  | "experian"
  | "folkeregisteret"
  | "hosting"
  | "email"
  | "google"
  | "meta"
  | "snap";

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
};

/** The processors the statement promises only use our data to deliver the agreed service (P19). */
export const PROCESSORS = (Object.keys(RECIPIENTS) as RecipientId[])
  .filter((id) => RECIPIENTS[id].role === "processor")
  .map((id) => ({ id, ...RECIPIENTS[id] }));

// ─── Retention ───────────────────────────────────────────────────────────────────────────────────

export type RetentionRule =
  /** Until the customer relationship ends (Customer.endedAt), then `months` more; optionally capped by age while active. */
  | { kind: "while-customer-plus"; months: number; maxAgeMonths?: number }
  /** Primary accounting documentation (bokføringsloven § 13): 5 years after the end of its financial year. */
  | { kind: "bookkeeping"; years: 5; from: "end-of-financial-year" }
  /** Secondary accounting documentation, such as agreements: 3.5 years after the end of its financial year. */
  | { kind: "bookkeeping-secondary"; years: 3.5; from: "end-of-financial-year" }
  /** Counted from when the case was closed or completed. */
  | { kind: "after-closed"; months: number }
  /** Counted from when the row was written. */
  | { kind: "after-created"; months: number }
  /** Deleted once its own expiry time has passed. */
  | { kind: "until-expired" }
  /** Lives in the visitor's browser: removed when consent is withdrawn, and never kept longer than `maxMonths`. */
  | { kind: "until-consent-withdrawn"; maxMonths: number };

export interface RetentionEntry {
  /** Ids of the category's data fields this rule governs; every field has exactly one rule. */
  fields: readonly string[];
  rule: RetentionRule;
  /** Norwegian, for the privacy page. */
  explanation: string;
}

// ─── Where each piece of data lives ──────────────────────────────────────────────────────────────

type ScalarFields = {
  User: Prisma.UserScalarFieldEnum;
  AuthSession: Prisma.AuthSessionScalarFieldEnum;
  PasswordResetToken: Prisma.PasswordResetTokenScalarFieldEnum;
  RateLimitBucket: Prisma.RateLimitBucketScalarFieldEnum;
  Customer: Prisma.CustomerScalarFieldEnum;
  MeteringPoint: Prisma.MeteringPointScalarFieldEnum;
  Contract: Prisma.ContractScalarFieldEnum;
  ConsumptionReading: Prisma.ConsumptionReadingScalarFieldEnum;
  Inquiry: Prisma.InquiryScalarFieldEnum;
  InquiryMessage: Prisma.InquiryMessageScalarFieldEnum;
  ConsentRecord: Prisma.ConsentRecordScalarFieldEnum;
  PrivacyRequest: Prisma.PrivacyRequestScalarFieldEnum;
  PrivacyRequestEvent: Prisma.PrivacyRequestEventScalarFieldEnum;
  OnboardingApplication: Prisma.OnboardingApplicationScalarFieldEnum;
  Invoice: Prisma.InvoiceScalarFieldEnum;
  AuditLog: Prisma.AuditLogScalarFieldEnum;
};

export type PersonalDataModel = keyof ScalarFields;

/** A Prisma model and the columns of it that hold this piece of data. */
export type StoredIn = {
  [M in PersonalDataModel]: { model: M; fields: readonly ScalarFields[M][] };
}[PersonalDataModel];

/** Models without personal data, and why; every other model must appear in some category. */
export const NON_PERSONAL_MODELS: Partial<Record<Prisma.ModelName, string>> = {
  SpotPrice: "Day-ahead market prices per price area: no link to any person.",
};

export interface DataField {
  id: string;
  /** Norwegian label. */
  label: string;
  storedIn: readonly StoredIn[];
  /** Set when nothing is kept in our database, e.g. cookies that live in the browser. */
  storedElsewhere?: string;
  sources: readonly SourceId[];
}

export interface PurposeUse {
  purpose: PurposeId;
  legalBasis: LegalBasisId;
  /** The law that creates the obligation or sets the limit, where there is one. */
  law?: string;
  /** Norwegian: what this purpose means for this category. */
  detail: string;
}

export type CategoryId = "contact" | "communication" | "contract" | "consumption" | "login" | "technical";

export interface DataCategory {
  id: CategoryId;
  /** Norwegian name, as the statement words it. */
  name: string;
  description: string;
  fields: readonly DataField[];
  purposes: readonly PurposeUse[];
  recipients: readonly RecipientId[];
  retention: readonly RetentionEntry[];
}

// ─── The register ────────────────────────────────────────────────────────────────────────────────

export const PRIVACY_REGISTER: readonly DataCategory[] = [
  {
    id: "contact",
    name: "Kontaktinformasjon",
    description: "Navn, adresse, e-post og telefonnummer, slik at vi vet hvem du er og kan nå deg.",
    fields: [
      {
        id: "name",
        label: "Navn",
        storedIn: [{ model: "Customer", fields: ["firstName", "lastName"] }],
        sources: ["customer", "folkeregisteret"],
      },
      {
        id: "address",
        label: "Adresse",
        storedIn: [{ model: "Customer", fields: ["street", "postalCode", "city"] }],
        sources: ["customer", "folkeregisteret"],
      },
      {
        id: "email",
        label: "E-postadresse",
        storedIn: [{ model: "Customer", fields: ["email"] }],
        sources: ["customer"],
      },
      {
        id: "phone",
        label: "Telefonnummer",
        storedIn: [{ model: "Customer", fields: ["phone"] }],
        sources: ["customer"],
      },
    ],
    purposes: [
      {
        purpose: "customer-relationship",
        legalBasis: "contract",
        detail: "Sende deg fakturaer, varsle om endringer i avtalen og svare deg når du tar kontakt.",
      },
      {
        purpose: "market-reporting",
        legalBasis: "legal-obligation",
        law: "avregningsforskriften",
        detail: "Navn og adresse meldes til Elhub når du bytter til oss, flytter eller avslutter.",
      },
      {
        purpose: "bookkeeping",
        legalBasis: "legal-obligation",
        law: "bokføringsloven",
        detail: "Navn og adresse står på fakturaene, som vi må oppbevare.",
      },
      {
        purpose: "claims",
        legalBasis: "legitimate-interest",
        detail: "Kunne nå deg og dokumentere hvem avtalen gjaldt hvis det oppstår krav eller uenighet.",
      },
    ],
    recipients: ["elhub", "experian", "hosting", "email"],
    retention: [
      {
        fields: ["email", "phone"],
        rule: { kind: "while-customer-plus", months: 3 },
        explanation:
          "Slettes tre måneder etter at kundeforholdet er avsluttet, når sluttoppgjøret er sendt og eventuelle spørsmål om det er besvart.",
      },
      {
        fields: ["name", "address"],
        rule: { kind: "bookkeeping", years: 5, from: "end-of-financial-year" },
        explanation:
          "Står på fakturaene dine, og oppbevares derfor like lenge som dem: fem år etter utgangen av regnskapsåret for den siste fakturaen. Etter at kundeforholdet er avsluttet, brukes de bare til dette.",
      },
    ],
  },
  {
    id: "communication",
    name: "Kommunikasjon",
    description: "Henvendelsene dine til kundeservice, svarene våre og annen korrespondanse med oss.",
    fields: [
      {
        id: "inquiries",
        label: "Henvendelser og meldinger til og fra kundeservice",
        storedIn: [
          { model: "Inquiry", fields: ["subject", "status", "createdAt", "updatedAt"] },
          { model: "InquiryMessage", fields: ["author", "authorUserId", "body", "createdAt"] },
        ],
        sources: ["customer", "portal"],
      },
      {
        id: "privacy-requests",
        label: "Forespørsler om personvernrettighetene dine og hvordan vi behandlet dem",
        storedIn: [
          {
            model: "PrivacyRequest",
            fields: [
              "type",
              "status",
              "details",
              "receivedAt",
              "dueAt",
              "extendedDueAt",
              "extensionReason",
              "completedAt",
              "resolution",
            ],
          },
          { model: "PrivacyRequestEvent", fields: ["kind", "note", "actorUserId", "createdAt"] },
        ],
        sources: ["customer", "portal"],
      },
    ],
    purposes: [
      {
        purpose: "customer-relationship",
        legalBasis: "contract",
        detail: "Svare på spørsmål og løse saker du tar opp med oss.",
      },
      {
        purpose: "privacy-rights",
        legalBasis: "legal-obligation",
        law: "personvernforordningen artikkel 12–22 og artikkel 5 nr. 2",
        detail: "Besvare forespørslene dine innen fristen og kunne dokumentere at vi har gjort det riktig.",
      },
      {
        purpose: "claims",
        legalBasis: "legitimate-interest",
        detail: "Dokumentere hva som er avtalt og sagt hvis det oppstår en klage eller tvist.",
      },
    ],
    recipients: ["hosting", "email"],
    retention: [
      {
        fields: ["inquiries"],
        rule: { kind: "after-closed", months: 12 },
        explanation:
          "Slettes 12 måneder etter at saken er lukket, slik at vi har sammenhengen hvis du tar kontakt igjen om det samme.",
      },
      {
        fields: ["privacy-requests"],
        rule: { kind: "after-closed", months: 36 },
        explanation:
          "Oppbevares i tre år etter at forespørselen er avsluttet, slik at vi kan dokumentere at rettighetene dine ble ivaretatt. Tre år er den alminnelige foreldelsesfristen.",
      },
    ],
  },
  {
    id: "contract",
    name: "Strømavtaleinformasjon",
    description:
      "Målernummer, målepunkt-ID, fødselsnummer og annen informasjon som er nødvendig for å opprette og gjennomføre en strømavtale.",
    fields: [
      {
        id: "national-id",
        label: "Fødselsnummer (lagret kryptert)",
        storedIn: [{ model: "Customer", fields: ["nationalIdCiphertext", "nationalIdHash"] }],
        sources: ["customer", "folkeregisteret"],
      },
      {
        id: "customer-number",
        label: "Kundenummer og status for kundeforholdet",
        storedIn: [{ model: "Customer", fields: ["customerNumber", "status", "createdAt", "endedAt"] }],
        sources: ["portal"],
      },
      {
        id: "metering-point",
        label: "Målepunkt-ID, målernummer og anleggsadresse",
        storedIn: [
          {
            model: "MeteringPoint",
            fields: ["gsrn", "meterNumber", "street", "postalCode", "city", "priceArea", "gridCompany"],
          },
        ],
        sources: ["customer", "elhub"],
      },
      {
        id: "agreement",
        label: "Avtalen: produkt, påslag, månedsbeløp, Norgespris, start- og sluttdato",
        storedIn: [
          {
            model: "Contract",
            fields: [
              "product",
              "markupOrePerKwh",
              "monthlyFeeOre",
              "fixedPriceOrePerKwh",
              "fixedUntil",
              "norgespris",
              "status",
              "startDate",
              "endDate",
            ],
          },
        ],
        sources: ["customer", "portal"],
      },
      {
        id: "application",
        label: "Søknaden om å bli kunde, med resultatet av identitetssjekk og kredittsjekk",
        storedIn: [
          {
            model: "OnboardingApplication",
            fields: [
              "status",
              "firstName",
              "lastName",
              "email",
              "phone",
              "street",
              "postalCode",
              "city",
              "nationalIdCiphertext",
              "nationalIdHash",
              "gsrn",
              "meterNumber",
              "creditDecision",
              "createdAt",
            ],
          },
        ],
        sources: ["customer", "folkeregisteret", "elhub", "experian"],
      },
    ],
    purposes: [
      {
        purpose: "customer-relationship",
        legalBasis: "contract",
        detail: "Inngå strømavtalen, levere strøm til riktig målepunkt og fakturere etter avtalte priser.",
      },
      {
        purpose: "identification",
        legalBasis: "contract",
        law: "personopplysningsloven § 12",
        detail:
          "Fødselsnummeret bruker vi bare der sikker identifisering er nødvendig: identitetssjekk mot Folkeregisteret, kredittsjekk og melding til Elhub.",
      },
      {
        purpose: "market-reporting",
        legalBasis: "legal-obligation",
        law: "avregningsforskriften",
        detail: "Melde leverandørbytte, flytting og opphør for målepunktet ditt i Elhub.",
      },
      {
        purpose: "credit-assessment",
        legalBasis: "legitimate-interest",
        detail:
          "Vurdere betalingsevne før vi leverer strøm som faktureres etterskuddsvis. Et automatisk avslag kan du be oss vurdere på nytt.",
      },
      {
        purpose: "bookkeeping",
        legalBasis: "legal-obligation",
        law: "bokføringsloven",
        detail: "Avtalen er regnskapsdokumentasjon for salget til deg.",
      },
      {
        purpose: "fraud-prevention",
        legalBasis: "legitimate-interest",
        detail: "Avdekke og hindre at noen inngår avtale i andres navn.",
      },
      {
        purpose: "claims",
        legalBasis: "legitimate-interest",
        detail: "Dokumentere hva som var avtalt hvis det oppstår krav, klager eller tvister.",
      },
    ],
    recipients: ["elhub", "experian", "folkeregisteret", "hosting"],
    retention: [
      {
        fields: ["national-id"],
        rule: { kind: "while-customer-plus", months: 3 },
        explanation:
          "Slettes tre måneder etter at kundeforholdet er avsluttet, når opphøret er meldt til Elhub og sluttoppgjøret er ferdig. Regnskapet trenger ikke fødselsnummeret.",
      },
      {
        fields: ["customer-number"],
        rule: { kind: "bookkeeping", years: 5, from: "end-of-financial-year" },
        explanation:
          "Står på fakturaene, og oppbevares like lenge som dem: fem år etter utgangen av regnskapsåret for den siste fakturaen.",
      },
      {
        fields: ["metering-point", "agreement"],
        rule: { kind: "bookkeeping-secondary", years: 3.5, from: "end-of-financial-year" },
        explanation:
          "Avtalen er sekundærdokumentasjon etter bokføringsloven og oppbevares i tre og et halvt år etter utgangen av regnskapsåret den ble avsluttet.",
      },
      {
        fields: ["application"],
        rule: { kind: "until-expired" },
        explanation:
          "En søknad som ikke fullføres, slettes når fristen for å fullføre den går ut. Når du blir kunde, overføres opplysningene til kundeforholdet, og søknaden slettes.",
      },
    ],
  },
  {
    id: "consumption",
    name: "Strømforbruksinformasjon",
    description:
      "Opplysninger som strømavtalen genererer: forbruket ditt, forbrukshistorikken og fakturaene.",
    fields: [
      {
        id: "readings",
        label: "Forbruk og forbrukshistorikk per time eller kvarter",
        storedIn: [
          { model: "ConsumptionReading", fields: ["intervalStart", "resolution", "kwh", "quality"] },
        ],
        sources: ["elhub"],
      },
      {
        id: "invoices",
        label: "Fakturaer: periode, beløp, merverdiavgift og betalingsstatus",
        storedIn: [
          {
            model: "Invoice",
            fields: [
              "invoiceNumber",
              "periodStart",
              "periodEnd",
              "issuedAt",
              "dueDate",
              "amountOre",
              "vatOre",
              "status",
            ],
          },
        ],
        sources: ["portal"],
      },
    ],
    purposes: [
      {
        purpose: "customer-relationship",
        legalBasis: "contract",
        detail: "Beregne og fakturere strømmen du bruker, og vise deg forbruket og kostnadene på Min side.",
      },
      {
        purpose: "bookkeeping",
        legalBasis: "legal-obligation",
        law: "bokføringsloven",
        detail: "Fakturaene er primærdokumentasjon i regnskapet vårt.",
      },
      {
        purpose: "claims",
        legalBasis: "legitimate-interest",
        detail: "Dokumentere grunnlaget for en faktura hvis du klager på den.",
      },
    ],
    recipients: ["hosting", "email"],
    retention: [
      {
        fields: ["readings"],
        rule: { kind: "while-customer-plus", months: 3, maxAgeMonths: 36 },
        explanation:
          "Mens du er kunde, har vi forbruket for de siste tre årene, slik at du kan se historikken din. Tre måneder etter at kundeforholdet er avsluttet, slettes det; fakturaene viser fortsatt forbruket per periode.",
      },
      {
        fields: ["invoices"],
        rule: { kind: "bookkeeping", years: 5, from: "end-of-financial-year" },
        explanation:
          "Fakturaer er primærdokumentasjon og oppbevares i fem år etter utgangen av regnskapsåret etter bokføringsloven § 13.",
      },
    ],
  },
  {
    id: "login",
    name: "Innloggingsinformasjon",
    description:
      "Brukernavn og passord, og annen informasjon som er nødvendig for å gi deg sikker tilgang til Min side.",
    fields: [
      {
        id: "account",
        label: "Brukernavn (e-postadresse) og passord, lagret som en ugjenkallelig hash",
        storedIn: [
          { model: "User", fields: ["email", "passwordHash", "role", "passwordChangedAt", "createdAt"] },
        ],
        sources: ["customer"],
      },
      {
        id: "login-attempts",
        label: "Mislykkede innloggingsforsøk og midlertidig sperring av kontoen",
        storedIn: [{ model: "User", fields: ["failedLoginCount", "lastFailedLoginAt", "lockedUntil"] }],
        sources: ["portal"],
      },
      {
        id: "sessions",
        label: "Innloggede økter (når du logget inn og når økten utløper)",
        storedIn: [{ model: "AuthSession", fields: ["userId", "createdAt", "expiresAt"] }],
        sources: ["portal"],
      },
      {
        id: "password-resets",
        label: "Lenker for å nullstille passordet (bare et fingeravtrykk av lenken lagres)",
        storedIn: [
          { model: "PasswordResetToken", fields: ["tokenHash", "expiresAt", "usedAt", "createdAt"] },
        ],
        sources: ["portal"],
      },
    ],
    purposes: [
      {
        purpose: "customer-relationship",
        legalBasis: "contract",
        detail: "Gi deg tilgang til selvbetjening på Min side.",
      },
      {
        purpose: "security",
        legalBasis: "legitimate-interest",
        law: "personvernforordningen artikkel 32",
        detail: "Beskytte kontoen din mot innbruddsforsøk, blant annet ved å sperre den midlertidig.",
      },
    ],
    recipients: ["hosting", "email"],
    retention: [
      {
        fields: ["account", "login-attempts"],
        rule: { kind: "while-customer-plus", months: 0 },
        explanation: "Brukerkontoen slettes når kundeforholdet er avsluttet.",
      },
      {
        fields: ["sessions", "password-resets"],
        rule: { kind: "until-expired" },
        explanation:
          "Slettes når økten eller lenken utløper, eller straks du logger ut eller lenken er brukt.",
      },
    ],
  },
  {
    id: "technical",
    name: "Teknisk informasjon",
    description:
      "Informasjonskapsler (cookies) fra besøkende på nettsidene våre, samtykkevalgene dine og sikkerhetslogger.",
    fields: [
      {
        id: "essential-cookies",
        label: "Nødvendige informasjonskapsler for innlogging",
        storedIn: [{ model: "AuthSession", fields: ["id"] }],
        sources: ["portal"],
      },
      {
        id: "consent-choices",
        label: "Valgene dine for informasjonskapsler, og hvilken versjon av erklæringen de gjaldt",
        storedIn: [
          {
            model: "ConsentRecord",
            fields: [
              "visitorId",
              "customerId",
              "action",
              "statistics",
              "marketing",
              "policyVersion",
              "createdAt",
            ],
          },
        ],
        sources: ["customer"],
      },
      {
        id: "tracking-cookies",
        label:
          "Informasjonskapsler for trafikkanalyse og markedsføring (Google Analytics 4, Meta Pixel, Snapchat Pixel)",
        storedIn: [],
        storedElsewhere: "I nettleseren din og hos Google, Meta og Snap, bare etter samtykke.",
        sources: ["portal"],
      },
      {
        id: "security-log",
        label:
          "Sikkerhetslogg over hvem som gjorde hva i kundesystemet (bare id-er, aldri navn eller fødselsnummer)",
        storedIn: [
          {
            model: "AuditLog",
            fields: [
              "at",
              "actorUserId",
              "actorRole",
              "action",
              "subjectCustomerId",
              "targetType",
              "targetId",
            ],
          },
        ],
        sources: ["portal"],
      },
      {
        id: "rate-limits",
        label: "Tellere som begrenser antall innloggingsforsøk",
        storedIn: [{ model: "RateLimitBucket", fields: ["key", "windowStart", "count"] }],
        sources: ["portal"],
      },
    ],
    purposes: [
      {
        purpose: "security",
        legalBasis: "legitimate-interest",
        law: "personvernforordningen artikkel 32",
        detail:
          "Holde deg innlogget på en sikker måte, oppdage misbruk og kunne etterprøve hvem som har sett eller endret opplysningene dine.",
      },
      {
        purpose: "consent-proof",
        legalBasis: "legal-obligation",
        law: "personvernforordningen artikkel 7 nr. 1",
        detail: "Kunne vise hva du har samtykket til, og når.",
      },
      {
        purpose: "analytics",
        legalBasis: "consent",
        law: "ekomloven",
        detail: "Forstå hvordan nettsidene brukes, med Google Analytics 4. Bare med ditt samtykke.",
      },
      {
        purpose: "marketing",
        legalBasis: "consent",
        law: "ekomloven",
        detail: "Måle effekten av annonser med Meta Pixel og Snapchat Pixel. Bare med ditt samtykke.",
      },
    ],
    recipients: ["hosting", "google", "meta", "snap"],
    retention: [
      {
        fields: ["essential-cookies", "rate-limits"],
        rule: { kind: "until-expired" },
        explanation: "Slettes når økten eller tidsvinduet utløper, eller når du logger ut.",
      },
      {
        fields: ["consent-choices"],
        rule: { kind: "after-created", months: 36 },
        explanation:
          "Hvert valg oppbevares i tre år, slik at vi kan dokumentere hva du samtykket til og når.",
      },
      {
        fields: ["tracking-cookies"],
        rule: { kind: "until-consent-withdrawn", maxMonths: 13 },
        explanation:
          "Slettes fra nettleseren når du trekker samtykket, og varer aldri lenger enn 13 måneder.",
      },
      {
        fields: ["security-log"],
        rule: { kind: "after-created", months: 36 },
        explanation:
          "Oppbevares i tre år for å kunne etterprøve bruken av kundesystemet. Loggen inneholder bare id-er og blir ikke brukt til noe annet.",
      },
    ],
  },
];

// ─── Cookies ─────────────────────────────────────────────────────────────────────────────────────

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
    lifetime: "Til du logger ut, og høyst 8 timer",
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

// ─── Your rights ─────────────────────────────────────────────────────────────────────────────────

export interface PrivacyRight {
  id:
    | "access"
    | "rectification"
    | "erasure"
    | "restriction"
    | "portability"
    | "objection"
    | "automated-decision";
  /** The request a customer files for it on Min side → Personvern. */
  requestType: PrivacyRequestType;
  name: string;
  article: string;
  description: string;
  /** Where other law or the right's own conditions limit it (the statement: "enkelte begrensninger"). */
  limits: string;
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
  },
  {
    id: "rectification",
    requestType: "RECTIFICATION",
    name: "Rett til korrigering",
    article: "personvernforordningen artikkel 16",
    description:
      "Du har rett til å få rettet eller supplert opplysninger som er feil eller ufullstendige. E-post og telefonnummer kan du endre selv på Min side.",
    limits:
      "Navn og adresse er hentet fra Folkeregisteret, og målepunktet fra Elhub. Feil der må også rettes hos kilden; vi hjelper deg med det.",
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
