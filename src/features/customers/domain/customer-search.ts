// Customer service's search and customer view: what staff may type, which key a query is tried
// against, the reasons staff give for looking, and the name folding the database's search keys use.
import { z } from "zod";
import { isValidGsrn, normaliseGsrn } from "@/platform/identifiers/gsrn";
import { isValidNationalId, normaliseNationalId } from "@/platform/identifiers/national-id";

export const CUSTOMER_QUERY_MAX_LENGTH = 100;
/** Customers per page of search results. */
export const SEARCH_PAGE_SIZE = 20;
/** Matches listed at most; a query that matches more should be narrowed. */
export const SEARCH_MATCH_CAP = 500;
/** A name word this long matches anywhere in the name (a trigram needs three letters); shorter, its start. */
export const MIN_SUBSTRING_LENGTH = 3;
/** Words of a name query that are matched; more are ignored. */
const MAX_NAME_WORDS = 4;

// Must fold exactly as customer_search_fold() in the customer_search_keys migration.
const FOLD_FROM = "ØøÅåÄäÖöÜüÁáÀàÂâÉéÈèÊêËëÍíÌìÎîÏïÓóÒòÔôÚúÙùÛûÝýÑñÇçČčŠšŽž";
const FOLD_TO = "ooaaaaoouuaaaaaaeeeeeeeeiiiiiiiioooooouuuuuuyynnccccsszz";
const FOLD = new Map([...FOLD_FROM].map((char, i) => [char, FOLD_TO[i] ?? char]));

/** "Pål Ærø" → "pal aero": lower case, Norwegian and other Latin diacritics folded. */
export function foldForSearch(value: string): string {
  const spelled = value.replaceAll("Æ", "ae").replaceAll("æ", "ae").replaceAll("ß", "ss");
  return [...spelled]
    .map((char) => FOLD.get(char) ?? char)
    .join("")
    .replace(/[A-Z]/g, (char) => char.toLowerCase());
}

/** The smallest string after every string that starts with `prefix` (in code-point order). */
export function prefixUpperBound(prefix: string): string {
  const last = prefix.codePointAt(prefix.length - 1) ?? 0;
  return prefix.slice(0, -1) + String.fromCodePoint(last + 1);
}

/** Which keys a query is tried against; each is exact except the name, which matches parts of it. */
export interface SearchKeys {
  nameWords: string[];
  customerNumber: number | null;
  email: string | null;
  /** A Norwegian mobile number's eight digits. */
  phone: string | null;
  nationalId: string | null;
  gsrn: string | null;
  meterNumber: string | null;
}

export type SearchKeyName =
  | "name"
  | "customer-number"
  | "email"
  | "phone"
  | "national-id"
  | "gsrn"
  | "meter-number";

/** Customer numbers are a Postgres int: longer digit strings cannot be one. */
const MAX_CUSTOMER_NUMBER = 2_147_483_647;

export function searchKeys(rawQuery: string): SearchKeys {
  const query = rawQuery.trim();
  const compact = query.replace(/[\s.-]/g, "");
  const nationalId = normaliseNationalId(query);
  const gsrn = normaliseGsrn(query);
  const mobile = query.replace(/[\s-]/g, "").replace(/^(\+47|0047)/, "");
  const isNationalId = /^\d{11}$/.test(nationalId) && isValidNationalId(nationalId);
  return {
    // A valid national ID is looked up by it only: its digits are no one's name or phone.
    nameWords: isNationalId
      ? []
      : foldForSearch(query)
          .split(/\s+/)
          .filter((word) => word.length > 0)
          .slice(0, MAX_NAME_WORDS),
    customerNumber:
      /^\d{1,10}$/.test(compact) && Number(compact) <= MAX_CUSTOMER_NUMBER ? Number(compact) : null,
    email: query.includes("@") ? query.replace(/[A-Z]/g, (char) => char.toLowerCase()) : null,
    phone: /^\d{8}$/.test(mobile) ? mobile : null,
    nationalId: isNationalId ? nationalId : null,
    gsrn: /^\d{18}$/.test(gsrn) && isValidGsrn(gsrn) ? gsrn : null,
    // A meter number has digits: a plain name is not tried as one.
    meterNumber: !isNationalId && /^[\w-]{4,40}$/.test(query) && /\d/.test(query) ? query : null,
  };
}

/** Why a staff member looks at a customer: picked for every search, view and reveal, and audited. */
export const ACCESS_REASONS = {
  inquiry: "Henvendelse fra kunden",
  "privacy-request": "Personvernforespørsel",
  "onboarding-review": "Kredittvurdering eller bli kunde",
  invoice: "Faktura eller betaling",
  "contract-change": "Avtale, flytting eller målepunkt",
} as const;
export type AccessReason = keyof typeof ACCESS_REASONS;
const REASON_IDS = Object.keys(ACCESS_REASONS) as [AccessReason, ...AccessReason[]];

export const ZAccessReason = z.enum(REASON_IDS, { error: "Velg hvorfor du trenger opplysningene." });

export function accessReason(value: string | string[] | undefined): AccessReason | null {
  return REASON_IDS.find((reason) => reason === value) ?? null;
}

export const ZCustomerSearch = z.object({
  q: z
    .string({ error: "Skriv hva du vil søke etter." })
    .trim()
    .min(1, "Skriv hva du vil søke etter.")
    .max(CUSTOMER_QUERY_MAX_LENGTH, `Søket kan være høyst ${CUSTOMER_QUERY_MAX_LENGTH} tegn.`)
    // Customer numbers start at 1: a single digit is a whole customer number, a single letter no key.
    .refine((q) => q.length >= 2 || /^\d$/.test(q), "Skriv minst 2 tegn, eller et kundenummer."),
  reason: ZAccessReason,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const ZNationalIdReveal = z.object({
  customerId: z.uuid({ error: "Ukjent kunde." }),
  reason: ZAccessReason,
});
