import "server-only";
// Folkeregisteret (Skatteetaten): identity check for onboarding (P7). The request is the documented
// `GET v1/personer/entydigsoek` of the "Privat virksomhet" package; the answer is the v1.5
// `Folkeregisterperson` document, of which we read only what the check needs (data minimisation).
// See shared/reference/registries/README.md §1. Auth: a Maskinporten access token as Bearer.
import { z } from "zod";
import { type HttpApiConfig, type RegistryResult, requestJson } from "../http-client";

export const FREG_STATUSES = [
  "bosatt",
  "utflyttet",
  "forsvunnet",
  "doed",
  "opphoert",
  "foedselsregistrert",
  "midlertidig",
  "inaktiv",
  "ikkeBosatt",
  "aktiv",
] as const;
export type FregStatus = (typeof FREG_STATUSES)[number];

// Every element also carries erGjeldende, kilde, gyldighetstidspunkt …; zod drops what we do not read.
const ZHistoric = z.object({ erGjeldende: z.boolean().optional() });

const ZVegadresse = z.object({
  adressenavn: z.string().max(200),
  adressenummer: z
    .object({ husnummer: z.string().max(10).optional(), husbokstav: z.string().max(5).optional() })
    .optional(),
  kommunenummer: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  poststed: z.object({ poststedsnavn: z.string().max(100), postnummer: z.string().regex(/^\d{4}$/) }),
});

export const ZFolkeregisterperson = z.object({
  identifikasjonsnummer: z.array(
    ZHistoric.extend({
      foedselsEllerDNummer: z.string().regex(/^\d{11}$/),
      identifikatortype: z.enum(["foedselsnummer", "dNummer"]),
      status: z.enum(["iBruk", "opphoert"]).optional(),
    }),
  ),
  status: z.array(ZHistoric.extend({ status: z.enum(FREG_STATUSES) })).min(1),
  navn: z
    .array(
      ZHistoric.extend({
        fornavn: z.string().max(200),
        mellomnavn: z.string().max(200).optional(),
        etternavn: z.string().max(200),
      }),
    )
    .min(1),
  foedsel: z.array(ZHistoric.extend({ foedselsdato: z.iso.date().optional() })).optional(),
  bostedsadresse: z
    .array(
      ZHistoric.extend({
        adressegradering: z.enum(["ugradert", "klientadresse", "fortrolig", "strengtFortrolig"]).optional(),
        vegadresse: ZVegadresse.optional(),
      }),
    )
    .optional(),
  // v1.5 documents an object; older answers have an array. Both are accepted.
  doedsfall: z
    .union([
      z.object({ doedsdato: z.iso.date().nullable().optional() }),
      z.array(z.object({ doedsdato: z.iso.date().nullable().optional() })),
    ])
    .nullable()
    .optional(),
});
export type Folkeregisterperson = z.infer<typeof ZFolkeregisterperson>;

export interface RegisteredAddress {
  street: string;
  postalCode: string;
  city: string;
  municipalityNumber: string | null;
}

/** What onboarding reads from the person document. */
export interface RegisteredPerson {
  identifierType: "foedselsnummer" | "dNummer";
  status: FregStatus;
  firstName: string;
  middleName: string | null;
  lastName: string;
  birthDate: string | null;
  deceased: boolean;
  /** Null when the address is protected (fortrolig, strengt fortrolig) or not a street address. */
  address: RegisteredAddress | null;
}

export interface FolkeregisterClient {
  /** The one person with this number; `navn` is required by entydigsoek and checked again by us. */
  findPerson(query: { nationalId: string; name: string }): Promise<RegistryResult<RegisteredPerson>>;
  /**
   * The person with this number, by number alone (`GET v1/personer/{personidentifikator}`): for the
   * activation letter of "Bli kunde" without BankID, sent to the registered address before we know a
   * name. A package with a legal basis (hjemmel) serves it; Privat without one has entydigsoek only.
   */
  personByNumber(nationalId: string): Promise<RegistryResult<RegisteredPerson>>;
}

function current<T extends { erGjeldende?: boolean }>(items: readonly T[] | undefined): T | undefined {
  return items?.find((item) => item.erGjeldende !== false) ?? items?.[0];
}

export function toRegisteredPerson(doc: Folkeregisterperson): RegisteredPerson {
  const name = current(doc.navn);
  const status = current(doc.status);
  const address = current(doc.bostedsadresse);
  const vei = address?.vegadresse;
  const hidden =
    address?.adressegradering === "fortrolig" || address?.adressegradering === "strengtFortrolig";
  const death = Array.isArray(doc.doedsfall) ? doc.doedsfall[0] : doc.doedsfall;
  const number = vei?.adressenummer;
  return {
    identifierType: current(doc.identifikasjonsnummer)?.identifikatortype ?? "foedselsnummer",
    status: status?.status ?? "inaktiv",
    firstName: name?.fornavn ?? "",
    middleName: name?.mellomnavn || null,
    lastName: name?.etternavn ?? "",
    birthDate: current(doc.foedsel)?.foedselsdato ?? null,
    deceased: status?.status === "doed" || Boolean(death?.doedsdato),
    address:
      vei && !hidden
        ? {
            street: [vei.adressenavn, `${number?.husnummer ?? ""}${number?.husbokstav ?? ""}`]
              .filter(Boolean)
              .join(" "),
            postalCode: vei.poststed.postnummer,
            city: vei.poststed.poststedsnavn,
            municipalityNumber: vei.kommunenummer ?? null,
          }
        : null,
  };
}

export function createFolkeregisterClient(config: HttpApiConfig): FolkeregisterClient {
  return {
    async findPerson({ nationalId, name }) {
      const result = await requestJson(config, {
        method: "GET",
        path: "/v1/personer/entydigsoek",
        query: { identifikasjonsnummer: nationalId, navn: name, soekFonetisk: "true", part: "person-basis" },
        idempotent: true,
        schema: ZFolkeregisterperson,
        operation: "entydigsoek",
      });
      return result.ok ? { ok: true, value: toRegisteredPerson(result.value) } : result;
    },
    async personByNumber(nationalId) {
      // Only 11 digits reach the path: nothing typed can change which resource is asked for.
      if (!/^\d{11}$/.test(nationalId)) return { ok: false, reason: "invalid" };
      const result = await requestJson(config, {
        method: "GET",
        path: `/v1/personer/${nationalId}`,
        query: { part: "person-basis" },
        idempotent: true,
        schema: ZFolkeregisterperson,
        operation: "person",
      });
      return result.ok ? { ok: true, value: toRegisteredPerson(result.value) } : result;
    },
  };
}
