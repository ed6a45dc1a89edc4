import "server-only";
// What the person chose on the page: someone to sign in as (a listed person, or a typed national ID,
// which wins when filled in), the level of assurance, and in tests a fault in the ID token; or "Avbryt".
import { z } from "zod";
import { NATIONAL_ID_ERROR, ZNationalId } from "@/platform/identifiers/national-id";
import { ACR_HIGH, ACR_SUBSTANTIAL, type Acr } from "../claims";
import { type BankIdIdentity, identityFor, TEST_PEOPLE_GROUPS } from "./identities";
import { TOKEN_FAULTS, type TokenFault } from "./token-faults";

export const LEVELS = {
  high: { acr: ACR_HIGH, label: "BankID (høyt sikkerhetsnivå)" },
  substantial: { acr: ACR_SUBSTANTIAL, label: "BankID med biometri (betydelig)" },
} as const satisfies Record<string, { acr: Acr; label: string }>;
export type Level = keyof typeof LEVELS;

export const NO_CHOICE_ERROR = "Velg en testperson, eller skriv inn et fødselsnummer.";
export const H_NUMBER_ERROR = "BankID gis bare til fødselsnummer og D-nummer, ikke til H-nummer.";

/** What the form shows again after an error. */
export interface PickerValues {
  person?: string;
  nationalId: string;
  level: Level;
  fault?: TokenFault;
}

export interface PickerError {
  field: "person" | "nationalId";
  message: string;
}

export type Choice =
  | { kind: "abort" }
  | { kind: "sign-in"; identity: BankIdIdentity; acr: Acr; fault?: TokenFault }
  | { kind: "invalid"; values: PickerValues; error: PickerError };

/** Longer than any number typed with spaces: what is echoed back is cut here. */
const ECHO_MAX = 32;

const ZForm = z.object({
  action: z.enum(["login", "abort"]).catch("login"),
  person: z.string().max(ECHO_MAX).optional().catch(undefined),
  nationalId: z.string().max(1000).catch(""),
  level: z.enum(["high", "substantial"]).catch("high"),
  fault: z.enum(TOKEN_FAULTS).optional().catch(undefined),
});

const LISTED = new Set(TEST_PEOPLE_GROUPS.flatMap((group) => group.people.map((p) => p.nationalId)));

function chosenNationalId(
  typed: string,
  person: string | undefined,
): { nationalId: string } | { error: PickerError } {
  if (typed.trim()) {
    const parsed = ZNationalId.safeParse(typed);
    if (!parsed.success) return { error: { field: "nationalId", message: NATIONAL_ID_ERROR } };
    return { nationalId: parsed.data };
  }
  if (person && LISTED.has(person)) return { nationalId: person };
  return { error: { field: "person", message: NO_CHOICE_ERROR } };
}

/** Reads the posted form; faults count only on a provider started with `allowTokenFaults`. */
export function parseChoice(form: URLSearchParams, options: { allowTokenFaults: boolean }): Choice {
  const input = ZForm.parse(Object.fromEntries(form));
  if (input.action === "abort") return { kind: "abort" };
  const fault = options.allowTokenFaults ? input.fault : undefined;
  const values: PickerValues = {
    ...(input.person ? { person: input.person } : {}),
    nationalId: input.nationalId.slice(0, ECHO_MAX),
    level: input.level,
    ...(fault ? { fault } : {}),
  };
  const chosen = chosenNationalId(input.nationalId, input.person);
  if ("error" in chosen) return { kind: "invalid", values, error: chosen.error };
  const identity = identityFor(chosen.nationalId);
  if (identity === "invalid") {
    return { kind: "invalid", values, error: { field: "nationalId", message: NATIONAL_ID_ERROR } };
  }
  if (identity === "not-issued") {
    return { kind: "invalid", values, error: { field: "nationalId", message: H_NUMBER_ERROR } };
  }
  return { kind: "sign-in", identity, acr: LEVELS[input.level].acr, ...(fault ? { fault } : {}) };
}
