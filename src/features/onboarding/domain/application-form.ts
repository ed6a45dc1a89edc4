// The "Bli kunde" forms: zod schemas with Norwegian messages and a cap on every string, so a pasted
// 10,000-character value is a message at the field and never reaches a service or a registry.
import { z } from "zod";
import { ZEmail } from "@/features/sign-in";
import { ZGsrn } from "@/platform/identifiers/gsrn";

export const NAME_MAX_LENGTH = 100;
export const STREET_MAX_LENGTH = 100;
export const CITY_MAX_LENGTH = 60;
export const PHONE_MAX_LENGTH = 20;
export const METER_NUMBER_MAX_LENGTH = 30;

const text = (label: string, max: number) =>
  z
    .string({ error: `Skriv ${label}.` })
    .trim()
    .min(1, `Skriv ${label}.`)
    .max(max, `Kan ha høyst ${max} tegn.`);

export const ZPostalCode = z
  .string({ error: "Skriv postnummeret: fire siffer." })
  .trim()
  .max(10, "Postnummeret er fire siffer.")
  .regex(/^\d{4}$/, "Postnummeret er fire siffer, for eksempel 0182.");

/** Norwegian mobile numbers: 8 digits starting with 4 or 9, with or without +47; stored as +47XXXXXXXX. */
export const ZMobile = z
  .string({ error: "Skriv mobilnummeret ditt." })
  .max(PHONE_MAX_LENGTH, "Skriv et norsk mobilnummer med 8 siffer.")
  .transform((v) => v.replace(/[\s-]/g, "").replace(/^(\+47|0047)/, ""))
  .refine((v) => /^[49]\d{7}$/.test(v), "Skriv et norsk mobilnummer med 8 siffer, for eksempel 412 34 567.")
  .transform((v) => `+47${v}`);

/** The purpose of each look-up, and what declining it means (P10): shown at the checkbox. */
export const LOOKUPS = {
  folkeregister: {
    label: "Jeg godtar at Klarkraft sjekker identiteten min i Folkeregisteret",
    purpose:
      "Vi bekrefter at du er den du sier, at du lever og bor i Norge, og tilbyr adressen som er registrert på deg. Dette hindrer at noen inngår avtale i ditt navn.",
    required:
      "Uten identitetssjekk kan vi ikke opprette avtale på nett. Ring oss om du vil bli kunde på annen måte.",
  },
  elhub: {
    label: "Jeg godtar at Klarkraft henter målepunkt og forbruk fra Elhub",
    purpose:
      "Vi finner målepunktet på adressen din, prisområdet og nettselskapet, og henter forbruket ditt de siste 13 månedene slik at du ser det på Min side. Med avtalen gir du oss fullmakt til å melde leverandørbyttet i Elhub.",
    required: "Uten målepunktet kan vi ikke levere strøm til deg. Dette er nødvendig for å bli kunde.",
  },
  experian: {
    label: "Jeg godtar at Klarkraft kredittsjekker meg hos Experian",
    purpose:
      "Strøm faktureres etterskuddsvis, så vi sjekker betalingsevnen din. Experian sender deg et gjenpartsbrev som viser hvem som sjekket deg.",
    required:
      "Uten kredittsjekk kan vi ikke tilby avtale på nett. Ring oss om du vil bli vurdert på annen måte.",
  },
  terms: {
    label: "Jeg har lest og godtar avtalevilkårene og personvernerklæringen",
    purpose:
      "Vilkårene gjelder strømavtalen og sier blant annet hvordan prisene endres, hvordan du sier opp, og at du har 14 dagers angrerett. Personvernerklæringen forklarer hva vi lagrer og hvorfor.",
    required: "Du må godta vilkårene for å bli kunde.",
    /** Read without leaving the form: each opens in a new tab, and says so. */
    links: [
      { href: "/avtalevilkar", text: "Les avtalevilkårene" },
      { href: "/personvern", text: "Les personvernerklæringen" },
    ],
  },
} as const;

const consent = (key: keyof typeof LOOKUPS) => z.literal("on", { error: LOOKUPS[key].required });

/** The start of "Bli kunde": the consents, given before BankID and before any look-up. */
export const ZOnboardingConsents = z.object({
  consentFolkeregister: consent("folkeregister"),
  consentElhub: consent("elhub"),
  consentExperian: consent("experian"),
  acceptTerms: consent("terms"),
});

/**
 * The last step: whether supply may start within the 14-day withdrawal period. Starting early takes the
 * customer's express request (angrerettloven), so it is a choice of its own, never the default.
 */
export const SUPPLY_START_CHOICES = ["after-withdrawal", "within-withdrawal"] as const;
export type SupplyStartChoice = (typeof SUPPLY_START_CHOICES)[number];
export const ZSupplyStart = z.object({
  supplyStart: z.enum(SUPPLY_START_CHOICES, {
    error: "Velg om leveringen skal starte før eller etter angrefristen.",
  }),
});

/** After the identity check: how to reach the person, and where they want electricity. */
export const ZContactDetails = z.object({
  email: ZEmail,
  phone: ZMobile,
  street: text("gateadressen", STREET_MAX_LENGTH),
  postalCode: ZPostalCode,
  city: text("poststedet", CITY_MAX_LENGTH),
});
export type TContactDetails = z.infer<typeof ZContactDetails>;

export const ZMeteringPointChoice = z.object({
  gsrn: ZGsrn,
});

/** Search again when the typed address found nothing: by meter number. */
export const ZMeterSearch = z.object({
  meterNumber: z
    .string({ error: "Skriv målernummeret." })
    .trim()
    .min(4, "Skriv målernummeret slik det står på måleren.")
    .max(METER_NUMBER_MAX_LENGTH, `Målernummeret kan ha høyst ${METER_NUMBER_MAX_LENGTH} tegn.`)
    .regex(/^[0-9A-Za-z-]+$/, "Målernummeret har bare siffer og bokstaver."),
});
