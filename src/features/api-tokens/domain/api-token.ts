// A personal API token as the customer chooses it on Profil, and the limits the API holds it to. The
// services enforcing a limit and the texts quoting it import the same constant.
import { z } from "zod";
import { API_SCOPE_LABELS, type ApiScope } from "@/platform/format/labels";
import { ZUuid } from "@/platform/identifiers/uuid";
import { MINUTE_MS } from "@/platform/time/durations";

export type { ApiScope };

/** Every scope, in the order Profil lists them. */
export const API_SCOPES = Object.keys(API_SCOPE_LABELS) as readonly ApiScope[];

/** What each scope lets a token read, for the checkboxes on Profil. */
export const API_SCOPE_DESCRIPTIONS: Record<ApiScope, string> = {
  CONSUMPTION: "målepunktene dine og strømforbruket per kvarter, time, dag og måned",
  PRICES: "spotprisene i prisområdet ditt, også morgendagens",
  CONTRACT: "strømavtalen din",
  INVOICES: "fakturaene dine",
};

export const API_TOKEN_NAME_MAX_LENGTH = 60;
/** How long a new token may live, in days: the customer picks one. */
export const API_TOKEN_LIFETIMES_DAYS = [30, 90, 365] as const;
/** Tokens a customer may hold at once that are neither revoked nor expired. */
export const MAX_ACTIVE_API_TOKENS = 10;
/** Calls per token and window, counted across every app instance. */
export const API_RATE_LIMIT = { limit: 60, windowMs: MINUTE_MS } as const;
/** "Sist brukt" is written at most this often, so a busy script does not write on every call. */
export const LAST_USED_RESOLUTION_MS = MINUTE_MS;

/** A revoked or expired token stays listed on Profil this long, then the retention job deletes it. */
export const API_TOKEN_KEPT_MONTHS = 3;

/**
 * Each call's audit row ("api.call": token id, operation, status) is kept this long, not the security
 * log's 36 months: one row per call of a polling script would otherwise pile up. The audit log's
 * trigger admits the delete (migration api_call_retention says the same period in SQL).
 */
export const API_CALL_LOG_KEPT_MONTHS = 3;

/** Every token starts with this, so a secret scanner or a person can tell what it is. */
export const API_TOKEN_PREFIX = "kk_";
/** How many of a token's first characters are kept and shown beside its name ("kk_Ab3x9"). */
export const API_TOKEN_SHOWN_LENGTH = 8;

/** The form field of a scope's checkbox: a form posts one value per name. */
export const scopeField = (scope: ApiScope) => `scope-${scope}` as const;

const ticked = z.string().max(10).optional();

/** The scopes whose checkbox was ticked: a form posts an unticked one not at all. */
const chosenScopes = (form: Partial<Record<ReturnType<typeof scopeField>, string>>) =>
  API_SCOPES.filter((scope) => form[scopeField(scope)] !== undefined);

export const ZApiTokenCreate = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Gi nøkkelen et navn, for eksempel «Hjemmeautomasjon».")
      .max(API_TOKEN_NAME_MAX_LENGTH, `Navnet kan ha høyst ${API_TOKEN_NAME_MAX_LENGTH} tegn.`),
    "scope-CONSUMPTION": ticked,
    "scope-PRICES": ticked,
    "scope-CONTRACT": ticked,
    "scope-INVOICES": ticked,
    lifetimeDays: z.enum(
      API_TOKEN_LIFETIMES_DAYS.map(String) as [string, ...string[]],
      "Velg hvor lenge nøkkelen skal gjelde.",
    ),
  })
  // A refinement, not the transform, so the missing scope is named together with a missing name.
  .superRefine((form, context) => {
    if (chosenScopes(form).length === 0) {
      context.addIssue({
        code: "custom",
        path: ["scopes"],
        message: "Velg minst én ting nøkkelen kan lese.",
      });
    }
  })
  .transform((form) => ({
    name: form.name,
    scopes: chosenScopes(form),
    lifetimeDays: Number(form.lifetimeDays),
  }));

export type ApiTokenCreate = z.output<typeof ZApiTokenCreate>;

/** The revoke button's form: which of the customer's tokens (the use case checks that it is theirs). */
export const ZApiTokenRevoke = z.object({ tokenId: ZUuid });

export type ApiTokenStatus = "active" | "revoked" | "expired";

/** Whether a token still opens the API, as the gate decides it. */
export function apiTokenStatus(
  token: { revokedAt: Date | null; expiresAt: Date },
  now: Date,
): ApiTokenStatus {
  if (token.revokedAt) return "revoked";
  return token.expiresAt.getTime() <= now.getTime() ? "expired" : "active";
}

export const API_TOKEN_STATUS_LABELS: Record<ApiTokenStatus, string> = {
  active: "Aktiv",
  revoked: "Trukket tilbake",
  expired: "Utløpt",
};
