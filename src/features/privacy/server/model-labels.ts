import "server-only";
// Norwegian names of the tables in the column map, for the readable access copy.
import type { PersonalDataModel } from "./personal-data-columns";

export const MODEL_LABELS: Record<PersonalDataModel, string> = {
  User: "Brukerkonto",
  AuthSession: "Innloggede økter",
  PasswordResetToken: "Lenker for nytt passord",
  EmailVerification: "Koder for å bekrefte e-postadressen",
  TotpCredential: "Autentiseringsapp",
  RecoveryCode: "Gjenopprettingskoder",
  RateLimitBucket: "Tellere for innloggingsforsøk",
  Customer: "Kundeopplysninger",
  MeteringPoint: "Målepunkter",
  Contract: "Avtaler",
  ConsumptionReading: "Forbruk",
  ConsumptionReadingRevision: "Tidligere verdier for forbruk som Elhub har rettet",
  ConsumptionHour: "Forbruk per time, summert fra målerverdiene og priset med spotprisen",
  SupplyPeriod: "Leveranseperioder",
  NorgesprisPeriod: "Perioder med Norgespris",
  Inquiry: "Henvendelser",
  InquiryMessage: "Meldinger",
  Notice: "Varsler på Min side",
  ConsentRecord: "Valg for informasjonskapsler",
  PrivacyRequest: "Personvernforespørsler",
  PrivacyRequestEvent: "Hendelser i personvernforespørsler",
  OnboardingApplication: "Søknad om å bli kunde",
  Invoice: "Fakturaer",
  InvoiceLine: "Fakturalinjer",
  Reminder: "Purringer",
  Payment: "Innbetalinger",
  BillingItem: "Fakturering per måned",
  CreditReviewCase: "Ny vurdering av kredittsjekken",
  ActivationLetter: "Brev med aktiveringskode",
  AuditLog: "Sikkerhetslogg",
  // Notifications (Web Push).
  PushSubscription: "Enheter som får varsler",
  NotificationPreference: "Varselvalg",
};
