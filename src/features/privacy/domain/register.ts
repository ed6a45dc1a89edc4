// The record of processing behind the privacy statement: what we hold, why, on which legal basis,
// from whom, shared with whom and for how long. The privacy page is rendered from it, and the
// database columns behind each data field are mapped by its id in src/features/privacy/server, so the
// statement cannot drift from the data model.
import { API_CALL_LOG_KEPT_MONTHS, API_TOKEN_KEPT_MONTHS } from "@/features/api-tokens";
import { CONSENT_VALID_MONTHS, TRACKING_COOKIE_MAX_MONTHS } from "@/features/consent";
import { EMAIL_CODE_VALID_MINUTES } from "@/features/email-verification";
import { INQUIRY_QUIET_CLOSE_DAYS } from "@/features/inquiries";
import { APPLICATION_EXPIRY_DAYS, LETTER_CODE_VALID_DAYS } from "@/features/onboarding";
import type { RetentionRule } from "./retention";
import type { LegalBasisId, PurposeId, RecipientId, SourceId } from "./vocabulary";

/** Stable ids: the server's column map, and later exports and deletion, refer to fields by them. */
export type DataFieldId =
  | "name"
  | "address"
  | "email"
  | "phone"
  | "inquiries"
  | "notices"
  | "privacy-requests"
  | "privacy-choices"
  | "national-id"
  | "customer-number"
  | "metering-point"
  | "agreement"
  | "application"
  | "credit-review"
  | "activation-letters"
  | "data-sources"
  | "readings"
  | "invoices"
  | "payments"
  | "account"
  | "login-attempts"
  | "sessions"
  | "password-resets"
  | "email-codes"
  | "second-factor"
  | "essential-cookies"
  | "consent-choices"
  | "tracking-cookies"
  | "security-log"
  | "rate-limits"
  // Notifications (Web Push) on Profil.
  | "push-subscriptions"
  | "notification-choices"
  // The personal data API's tokens.
  | "api-tokens";

export interface DataField {
  id: DataFieldId;
  /** Norwegian label. */
  label: string;
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

export interface RetentionEntry {
  /** The category's data fields this rule governs; every field has exactly one rule. */
  fields: readonly DataFieldId[];
  rule: RetentionRule;
  /** Norwegian, for the privacy page. */
  explanation: string;
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

export const PRIVACY_REGISTER: readonly DataCategory[] = [
  {
    id: "contact",
    name: "Kontaktinformasjon",
    description: "Navn, adresse, e-post og telefonnummer, slik at vi vet hvem du er og kan nå deg.",
    fields: [
      {
        id: "name",
        label: "Navn",
        sources: ["customer", "folkeregisteret"],
      },
      {
        id: "address",
        label: "Adresse",
        sources: ["customer", "folkeregisteret"],
      },
      {
        id: "email",
        label: "E-postadresse",
        sources: ["customer"],
      },
      {
        id: "phone",
        label: "Telefonnummer",
        sources: ["customer"],
      },
      {
        id: "data-sources",
        label: "Hvor hver opplysning kom fra: fra deg eller fra Folkeregisteret",
        sources: ["portal"],
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
        fields: ["email", "phone", "data-sources"],
        rule: { kind: "while-customer-plus", months: 3 },
        explanation:
          "Slettes tre måneder etter at kundeforholdet er avsluttet, når sluttoppgjøret er sendt og eventuelle spørsmål om det er besvart.",
      },
      {
        fields: ["name", "address"],
        rule: { kind: "bookkeeping", years: 5, from: "end-of-financial-year" },
        explanation:
          "Står på fakturaene dine, og oppbevares derfor like lenge som dem: fem år etter utgangen av regnskapsåret for den siste fakturaen. Tre måneder etter at kundeforholdet er avsluttet, står de bare igjen på fakturaene.",
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
        sources: ["customer", "portal"],
      },
      {
        id: "notices",
        label: "Varsler på Min side om svar og endringer i sakene dine",
        sources: ["portal"],
      },
      {
        id: "privacy-requests",
        label: "Forespørsler om personvernrettighetene dine og hvordan vi behandlet dem",
        sources: ["customer", "portal"],
      },
      {
        id: "privacy-choices",
        label:
          "Om du har bedt oss begrense behandlingen, eller protestert mot markedsføring eller profilering",
        sources: ["customer"],
      },
      // Notifications (Web Push).
      {
        id: "push-subscriptions",
        label:
          "Enhetene som får varsler: hvilken nettleser og enhet, når du slo varsler på og når vi sist nådde den, og adressen og nøklene nettleserens varslingstjeneste ga oss for å levere varslene til den",
        sources: ["customer"],
      },
      {
        id: "notification-choices",
        label:
          "Hvilke varsler du har valgt, prisnivået du vil varsles over, og hvilken dag vi sist varslet deg om priser",
        sources: ["customer"],
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
      // Notifications (Web Push).
      {
        purpose: "notifications",
        legalBasis: "consent",
        detail:
          "Sende deg varslene du har valgt, til enhetene du har slått dem på for. Varslene sier bare hva som har skjedd, og du slår dem av på Profil eller i nettleseren når du vil.",
      },
    ],
    recipients: ["hosting", "email", "push-services"],
    retention: [
      {
        fields: ["inquiries"],
        rule: { kind: "after-closed", months: 12 },
        explanation: `Slettes 12 måneder etter at saken er lukket, slik at vi har sammenhengen hvis du tar kontakt igjen om det samme. Har vi svart og ikke hørt fra deg på ${INQUIRY_QUIET_CLOSE_DAYS} dager, lukker vi saken; svarer du senere, åpnes den igjen. Saker som fortsatt er åpne 12 måneder etter at kundeforholdet ble avsluttet, slettes da.`,
      },
      {
        fields: ["notices"],
        rule: { kind: "after-created", months: 6 },
        explanation: "Slettes seks måneder etter at varselet ble laget, enten du har lest det eller ikke.",
      },
      {
        fields: ["privacy-requests"],
        rule: { kind: "after-closed", months: 36 },
        explanation:
          "Oppbevares i tre år etter at forespørselen er avsluttet, slik at vi kan dokumentere at rettighetene dine ble ivaretatt. Tre år er den alminnelige foreldelsesfristen.",
      },
      {
        fields: ["privacy-choices"],
        rule: { kind: "while-customer-plus", months: 3 },
        explanation:
          "Gjelder så lenge du er kunde, og slettes sammen med kontaktinformasjonen tre måneder etter at kundeforholdet er avsluttet.",
      },
      // Notifications (Web Push).
      {
        fields: ["push-subscriptions"],
        rule: { kind: "while-customer-plus", months: 0, maxAgeMonths: 6 },
        explanation:
          "Slettes straks du slår av varsler, når nettleseren sier at den ikke lenger tar imot dem, når vi ikke har nådd enheten på seks måneder, og senest når kundeforholdet er avsluttet.",
      },
      {
        fields: ["notification-choices"],
        rule: { kind: "while-customer-plus", months: 0 },
        explanation: "Gjelder til du endrer dem, og slettes når kundeforholdet er avsluttet.",
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
        sources: ["customer", "folkeregisteret"],
      },
      {
        id: "customer-number",
        label: "Kundenummer og status for kundeforholdet",
        sources: ["portal"],
      },
      {
        id: "metering-point",
        label:
          "Målepunkt-ID, målernummer, anleggsadresse, kommune og bruk (bolig, fritidsbolig eller næring)",
        sources: ["customer", "elhub"],
      },
      {
        id: "agreement",
        label:
          "Avtalen: produkt, påslag, månedsbeløp, Norgespris, start- og sluttdato, og når du har hatt strøm levert på målepunktet",
        sources: ["customer", "portal"],
      },
      {
        id: "application",
        label: "Søknaden om å bli kunde, med resultatet av identitetssjekk og kredittsjekk",
        sources: ["customer", "folkeregisteret", "elhub", "experian"],
      },
      {
        id: "credit-review",
        label:
          "Vurdering av kredittsjekken gjort av en person, når du ba om det eller reglene krevde det: forklaringen du eventuelt ga, når du skulle få svar og hva saksbehandleren avgjorde",
        sources: ["customer", "portal"],
      },
      {
        id: "activation-letters",
        label:
          "Brev med aktiveringskode når du ble kunde uten BankID: fødselsnummeret (kryptert), navnet brevet ble sendt til, når du samtykket, feil forsøk og når koden ble brukt (bare et fingeravtrykk av koden lagres)",
        sources: ["customer", "folkeregisteret", "portal"],
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
    recipients: ["elhub", "experian", "folkeregisteret", "hosting", "letters"],
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
        fields: ["application", "credit-review"],
        rule: { kind: "until-expired" },
        explanation: `En søknad som ikke fullføres innen ${APPLICATION_EXPIRY_DAYS} dager etter siste steg, slettes sammen med en eventuell vurdering av kredittsjekken. Lagret er bare resultatet av kredittsjekken (dato, scoregruppe, begrunnelse og om avgjørelsen var automatisk), aldri selve kredittrapporten. Når du blir kunde, overføres opplysningene til kundeforholdet.`,
      },
      {
        fields: ["activation-letters"],
        rule: { kind: "until-expired" },
        explanation: `Slettes når koden i brevet slutter å virke, ${LETTER_CODE_VALID_DAYS} dager etter at brevet ble laget, enten koden er brukt eller ikke. Adressen brevet ble sendt til, lagrer vi ikke.`,
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
        label:
          "Forbruk og forbrukshistorikk per time eller kvarter, med tidligere versjoner av korrigerte målerverdier",
        sources: ["elhub"],
      },
      {
        id: "invoices",
        label:
          "Fakturaer og kreditnotaer: navn og adresse som kjøper, målepunkt og leveringsadresse, periode, fakturalinjer (mengde, pris og beløp), merverdiavgift, forfall, KID, og purringer med gebyr og ny frist",
        sources: ["portal"],
      },
      {
        id: "payments",
        label:
          "Innbetalinger fra banken: beløp, dato, KID, bankens referanse og kontonummeret det ble betalt fra",
        sources: ["bank"],
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
        detail:
          "Fakturaene, purringene og innbetalingene er primærdokumentasjon i regnskapet vårt (bokføringsloven § 10 og bokføringsforskriften kapittel 5).",
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
          "Mens du er kunde, har vi forbruket for de siste tre årene, slik at du kan se historikken din. Eldre forbruk slettes en hel kalendermåned om gangen, når hele måneden er mer enn tre år gammel, så det kan bli liggende inntil en måned lenger. Tre måneder etter at kundeforholdet er avsluttet, slettes alt forbruket ditt; fakturaene viser fortsatt forbruket per periode.",
      },
      {
        fields: ["invoices", "payments"],
        rule: { kind: "bookkeeping", years: 5, from: "end-of-financial-year" },
        explanation:
          "Fakturaer, purringer og innbetalinger er primærdokumentasjon og oppbevares i fem år etter utgangen av regnskapsåret etter bokføringsloven § 13: en faktura fra 2026 slettes 1. januar 2032. En faktura slettes sammen med linjene, purringene og innbetalingene sine, når perioden er ute for alle; også når du har bedt oss slette opplysningene dine, beholder vi dem til da.",
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
        sources: ["customer"],
      },
      {
        id: "login-attempts",
        label: "Mislykkede innloggingsforsøk og midlertidig sperring av kontoen",
        sources: ["portal"],
      },
      {
        id: "sessions",
        label:
          "Innloggede økter (hvilken nettleser og enhet, når du logget inn, sist var aktiv og når økten utløper)",
        sources: ["portal"],
      },
      {
        id: "password-resets",
        label: "Lenker for å nullstille passordet (bare et fingeravtrykk av lenken lagres)",
        sources: ["portal"],
      },
      {
        id: "email-codes",
        label:
          "Koder vi sender for å bekrefte en ny e-postadresse før den blir brukernavnet ditt (bare et fingeravtrykk av koden lagres, og hvor mange ganger den er prøvd)",
        sources: ["portal"],
      },
      {
        id: "second-factor",
        label:
          "Totrinnsinnlogging hvis du har slått den på: nøkkelen til autentiseringsappen (kryptert) og gjenopprettingskoder (bare et fingeravtrykk av hver kode lagres)",
        sources: ["portal"],
      },
      // The personal data API (/api/v1): the customer's own tokens.
      {
        id: "api-tokens",
        label:
          "Personlige API-nøkler: navnet du ga hver nøkkel, de første tegnene i den, hva den kan lese, når den ble laget, når den utløper, når den sist ble brukt og om du har trukket den tilbake (selve nøkkelen lagres bare som et fingeravtrykk)",
        sources: ["customer", "portal"],
      },
    ],
    purposes: [
      {
        purpose: "customer-relationship",
        legalBasis: "contract",
        detail:
          "Gi deg tilgang til selvbetjening på Min side, og til dine egne data gjennom API-et med nøklene du selv lager. Hver bruk av en nøkkel føres i sikkerhetsloggen med nøkkelens id, og du ser når den sist ble brukt, så du kan oppdage misbruk.",
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
        fields: ["account", "login-attempts", "second-factor"],
        rule: { kind: "while-customer-plus", months: 0 },
        explanation:
          "Brukerkontoen slettes når kundeforholdet er avsluttet. Slår du av totrinnsinnloggingen, slettes nøkkelen og gjenopprettingskodene straks.",
      },
      {
        fields: ["sessions", "password-resets"],
        rule: { kind: "until-expired" },
        explanation:
          "Slettes når økten eller lenken utløper, eller straks du logger ut eller lenken er brukt.",
      },
      {
        fields: ["email-codes"],
        rule: { kind: "until-expired" },
        explanation: `Slettes straks koden er brukt eller du ber om en ny, og ellers innen en time etter at den er utløpt. En kode gjelder i ${EMAIL_CODE_VALID_MINUTES} minutter.`,
      },
      {
        fields: ["api-tokens"],
        rule: { kind: "after-closed", months: API_TOKEN_KEPT_MONTHS },
        explanation: `En nøkkel du trekker tilbake eller som utløper, virker ikke lenger, men står i listen på Min side i ${API_TOKEN_KEPT_MONTHS} måneder, så du ser hva som fantes. Deretter slettes den. Alle nøklene slettes straks brukerkontoen din slettes.`,
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
        sources: ["portal"],
      },
      {
        id: "consent-choices",
        label: "Valgene dine for informasjonskapsler, og hvilken versjon av erklæringen de gjaldt",
        sources: ["customer"],
      },
      {
        id: "tracking-cookies",
        label:
          "Informasjonskapsler for trafikkanalyse og markedsføring (Google Analytics 4, Meta Pixel, Snapchat Pixel)",
        storedElsewhere: "I nettleseren din og hos Google, Meta og Snap, bare etter samtykke.",
        sources: ["portal"],
      },
      {
        id: "security-log",
        label:
          "Sikkerhetslogg over hvem som gjorde hva i kundesystemet (bare id-er, aldri navn eller fødselsnummer)",
        sources: ["portal"],
      },
      {
        id: "rate-limits",
        label: "Tellere som begrenser antall innloggingsforsøk",
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
        rule: { kind: "after-superseded", months: 36 },
        explanation: `Hvert valg oppbevares så lenge det gjelder, og deretter i tre år, slik at vi kan dokumentere hva du samtykket til og når. Et valg slutter å gjelde når du velger på nytt, eller etter ${CONSENT_VALID_MONTHS} måneder, når vi spør deg igjen. Tre år er den alminnelige foreldelsesfristen.`,
      },
      {
        fields: ["tracking-cookies"],
        rule: { kind: "until-consent-withdrawn", maxMonths: TRACKING_COOKIE_MAX_MONTHS },
        explanation: `Slettes fra nettleseren når du trekker samtykket, og varer aldri lenger enn ${TRACKING_COOKIE_MAX_MONTHS} måneder.`,
      },
      {
        fields: ["security-log"],
        rule: { kind: "after-created", months: 36 },
        explanation: `Oppbevares i tre år for å kunne etterprøve bruken av kundesystemet. Loggen inneholder bare id-er og blir ikke brukt til noe annet. Unntaket er kallene med API-nøklene dine (nøkkelens id, endepunktet og svaret): de slettes etter ${API_CALL_LOG_KEPT_MONTHS} måneder.`,
      },
    ],
  },
];
