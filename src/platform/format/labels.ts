// The Norwegian word for every stored enum value a person sees: services return the code, pages and
// mails word it here, so one value reads the same on every page. The unions mirror the Prisma enums
// (this folder is pure and imports nothing generated); tests/unit/labels.test.ts fails when an enum
// value has no label, or a stored enum is neither labelled nor named as never shown.

export type Role = "CUSTOMER" | "SUPPORT" | "ADMIN";
export type CustomerStatus = "ACTIVE" | "ENDED";
export type PriceArea = "NO1" | "NO2" | "NO3" | "NO4" | "NO5";
export type UsageType = "HOME" | "HOLIDAY_HOME" | "BUSINESS";
export type ContractProduct = "SPOT" | "FIXED";
export type ContractStatus = "PENDING" | "ACTIVE" | "TERMINATED";
export type InquiryStatus = "OPEN" | "ANSWERED" | "CLOSED";
export type ConsentChoice = "ACCEPT_ALL" | "REJECT_ALL" | "CUSTOM";
export type ConsentSource = "BANNER" | "SETTINGS";
export type PrivacyRequestType =
  | "ACCESS"
  | "RECTIFICATION"
  | "ERASURE"
  | "RESTRICTION"
  | "PORTABILITY"
  | "OBJECTION"
  | "AUTOMATED_DECISION_REVIEW";
export type PrivacyRequestStatus =
  | "RECEIVED"
  | "IN_PROGRESS"
  | "EXTENDED"
  | "COMPLETED"
  | "REJECTED"
  | "WITHDRAWN";
export type OnboardingStatus =
  | "DRAFT"
  | "IDENTITY_VERIFIED"
  | "METERING_POINT_CHOSEN"
  | "CREDIT_DECIDED"
  | "COMPLETED"
  | "ABANDONED"
  | "DECLINED";
export type CreditOutcome = "APPROVED" | "MANUAL_REVIEW" | "DECLINED";
export type IdentityMethod = "BANKID" | "LETTER";
export type CreditReviewReason = "RULES_MANUAL_REVIEW" | "APPLICANT_REQUEST";
export type CreditReviewStatus = "REQUESTED" | "APPROVED" | "DECLINED";
export type ApiScope = "CONSUMPTION" | "PRICES" | "CONTRACT" | "INVOICES";
export type IdentityVerification =
  | "REGISTERED_EMAIL_CONFIRMED"
  | "ID_DOCUMENT_IN_PERSON"
  | "LETTER_TO_REGISTERED_ADDRESS";

/** Who acted: a privacy case's timeline, the staff list and its role picker. */
export const ROLE_LABELS: Record<Role, string> = {
  CUSTOMER: "Kunden",
  SUPPORT: "Kundeservice",
  ADMIN: "Administrator",
};

export const CUSTOMER_STATUS_LABELS: Record<CustomerStatus, string> = {
  ACTIVE: "Aktiv kunde",
  ENDED: "Kundeforholdet er avsluttet",
};

export const PRICE_AREA_LABELS: Record<PriceArea, string> = {
  NO1: "NO1 Øst",
  NO2: "NO2 Sør",
  NO3: "NO3 Midt",
  NO4: "NO4 Nord",
  NO5: "NO5 Vest",
};

export const USAGE_TYPE_LABELS: Record<UsageType, string> = {
  HOME: "Bolig",
  HOLIDAY_HOME: "Fritidsbolig",
  BUSINESS: "Næring",
};

export const CONTRACT_PRODUCT_LABELS: Record<ContractProduct, string> = {
  SPOT: "Spotpris",
  FIXED: "Fastpris",
};

export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  PENDING: "Under oppstart",
  ACTIVE: "Aktiv",
  TERMINATED: "Avsluttet",
};

/** Staff words: ANSWERED means customer service has replied and waits for the customer. */
export const INQUIRY_STATUS_STAFF_LABELS: Record<InquiryStatus, string> = {
  OPEN: "Åpen",
  ANSWERED: "Venter på kunden",
  CLOSED: "Lukket",
};

/** The customer's words for the same states. */
export const INQUIRY_STATUS_CUSTOMER_LABELS: Record<InquiryStatus, string> = {
  OPEN: "Venter på svar fra oss",
  ANSWERED: "Besvart",
  CLOSED: "Lukket",
};

export const CONSENT_CHOICE_LABELS: Record<ConsentChoice, string> = {
  ACCEPT_ALL: "Godtok alle",
  REJECT_ALL: "Avviste alle",
  CUSTOM: "Valgte selv",
};

export const CONSENT_SOURCE_LABELS: Record<ConsentSource, string> = {
  BANNER: "Banneret",
  SETTINGS: "Innstillingene",
};

export const PRIVACY_REQUEST_TYPE_LABELS: Record<PrivacyRequestType, string> = {
  ACCESS: "Innsyn",
  RECTIFICATION: "Retting",
  ERASURE: "Sletting",
  RESTRICTION: "Begrensning",
  PORTABILITY: "Dataportabilitet",
  OBJECTION: "Protest",
  AUTOMATED_DECISION_REVIEW: "Ny vurdering av en automatisk avgjørelse",
};

export const PRIVACY_REQUEST_STATUS_LABELS: Record<PrivacyRequestStatus, string> = {
  RECEIVED: "Mottatt",
  IN_PROGRESS: "Under behandling",
  EXTENDED: "Forlenget frist",
  COMPLETED: "Fullført",
  REJECTED: "Avvist",
  WITHDRAWN: "Avsluttet, opplysningene er slettet",
};

export const ONBOARDING_STATUS_LABELS: Record<OnboardingStatus, string> = {
  DRAFT: "Påbegynt",
  IDENTITY_VERIFIED: "Identitet bekreftet",
  METERING_POINT_CHOSEN: "Målepunkt valgt",
  CREDIT_DECIDED: "Kredittsjekk avgjort",
  COMPLETED: "Fullført",
  ABANDONED: "Avbrutt",
  DECLINED: "Avslått",
};

export const IDENTITY_METHOD_LABELS: Record<IdentityMethod, string> = {
  BANKID: "BankID",
  LETTER: "Aktiveringskode i brev til folkeregistrert adresse",
};

export const CREDIT_OUTCOME_LABELS: Record<CreditOutcome, string> = {
  APPROVED: "Godkjent",
  MANUAL_REVIEW: "Til manuell vurdering",
  DECLINED: "Avslått",
};

export const CREDIT_REVIEW_REASON_LABELS: Record<CreditReviewReason, string> = {
  APPLICANT_REQUEST: "Søkeren ba om vurdering (art. 22)",
  RULES_MANUAL_REVIEW: "Reglene krever vurdering",
};

export const CREDIT_REVIEW_STATUS_LABELS: Record<CreditReviewStatus, string> = {
  REQUESTED: "Venter",
  APPROVED: "Godkjent",
  DECLINED: "Avslått",
};

/** The only ways staff may accept that a requester is the customer: acting on an unverified email would be a breach. */
export const IDENTITY_VERIFICATION_LABELS: Record<IdentityVerification, string> = {
  REGISTERED_EMAIL_CONFIRMED:
    "Skrev fra e-postadressen vi har på kunden, og bekreftet en e-post vi sendte dit",
  ID_DOCUMENT_IN_PERSON: "Viste gyldig legitimasjon med bilde ved personlig oppmøte",
  LETTER_TO_REGISTERED_ADDRESS: "Oppga koden fra et brev vi sendte til folkeregistrert adresse",
};

/** What a personal API token may read (Profil's API-nøkler, the API's 403). */
export const API_SCOPE_LABELS: Record<ApiScope, string> = {
  CONSUMPTION: "Forbruk",
  PRICES: "Spotpriser",
  CONTRACT: "Avtale",
  INVOICES: "Fakturaer",
};
