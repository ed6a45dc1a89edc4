import "server-only";
// What Min side asks of BankID and reads from its ID token, in one place (the local identity
// provider in ./simulator issues tokens with exactly these names). The names are those of the
// broker's BankID OIDC product (Signicat's eID hub: scope "nin" gives the fødselsnummer as "nin";
// BankID's own LoA URNs as "acr"). Another broker changes this file and nothing else.

/** The scope that gives the national ID claims. */
export const NATIONAL_ID_SCOPE = "nin";
/** Scopes requested at /authorize: the national ID and the person's names. */
export const BANKID_SCOPE = `openid profile ${NATIONAL_ID_SCOPE}`;
/** The ID token claim holding the 11-digit national ID (fødselsnummer or d-nummer). */
export const NATIONAL_ID_CLAIM = "nin";

/** BankID's levels of assurance: LOA=4 is BankID with code device or app (high), LOA=3 biometrics only. */
export const ACR_HIGH = "urn:bankid:bid;LOA=4";
export const ACR_SUBSTANTIAL = "urn:bankid:bid;LOA=3";
export const ACR_VALUES = [ACR_SUBSTANTIAL, ACR_HIGH] as const;
export type Acr = (typeof ACR_VALUES)[number];

/** Whether a token's `acr` is at least `required` (an unknown value never is). */
export function acrSatisfies(acr: unknown, required: Acr): boolean {
  const rank = ACR_VALUES.indexOf(acr as Acr);
  return rank >= 0 && rank >= ACR_VALUES.indexOf(required);
}

/** The provider id in next-auth (Auth.js's BankID Norway provider): the callback is /api/auth/callback/bankid-no. */
export const BANKID_PROVIDER_ID = "bankid-no";

/** Beside the national ID (scope "nin"): "BIRTH" (fødselsnummer) or "DNUMBER", and the issuing country ("NO"). */
export const NATIONAL_ID_TYPE_CLAIM = "nin_type";
export const NATIONAL_ID_COUNTRY_CLAIM = "nin_issuing_country";
/** The profile claims (scope "profile"). */
export const PROFILE_CLAIMS = ["given_name", "family_name", "name", "birthdate"] as const;
