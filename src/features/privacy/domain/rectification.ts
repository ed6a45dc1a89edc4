// Staff resolving a rectification of a register-sourced name or address (Art. 16, P23): what
// Folkeregisteret says, whether the corrected value is the register's, what the answer may claim,
// and who got the old value and must hear of the correction (Art. 19).
import { z } from "zod";
import { foldForSearch } from "@/features/customers";
import { namesMatch, type RegisteredName } from "@/features/onboarding";
import { inPeopleCase } from "@/platform/format/people-case";
import { PRIVACY_REGISTER } from "./register";
import { ZReason } from "./requests";
import { RECIPIENTS, type RecipientId } from "./vocabulary";

/** Where the corrected value comes from: Folkeregisteret, checked by us, or what the customer asked for. */
export type RectificationSource = "register" | "customer";

export type CorrectedValue =
  | { field: "name"; firstName: string; lastName: string }
  | { field: "address"; street: string; postalCode: string; city: string };

/** The answer suggested to staff: it says the value was checked against Folkeregisteret only when it was. */
export const SUGGESTED_ANSWERS: Record<RectificationSource, string> = {
  register: "Vi har kontrollert opplysningen mot Folkeregisteret og rettet den.",
  customer: "Vi har rettet opplysningen slik du ba om.",
};

/** The register's person as the correction form offers it: a middle name goes with the surname. */
export function registeredName(person: RegisteredName): CorrectedValue {
  return {
    field: "name",
    firstName: inPeopleCase(person.firstName),
    lastName: inPeopleCase([person.middleName, person.lastName].filter(Boolean).join(" ")),
  };
}

/** Is the value staff typed the register's, allowing for case, diacritics and a middle name left out? */
export function matchesRegister(typed: CorrectedValue, registered: CorrectedValue): boolean {
  if (typed.field === "name" && registered.field === "name") {
    return namesMatch(typed, {
      firstName: registered.firstName,
      middleName: null,
      lastName: registered.lastName,
    });
  }
  if (typed.field === "address" && registered.field === "address") {
    const same = (a: string, b: string) => foldForSearch(a.trim()) === foldForSearch(b.trim());
    return (
      same(typed.street, registered.street) &&
      typed.postalCode === registered.postalCode &&
      same(typed.city, registered.city)
    );
  }
  return false;
}

/**
 * Art. 19: the independent controllers the register says receive the field. Processors hold our copy
 * and are corrected with it; Experian got a name and address only if it ran a credit check.
 */
export function recipientsToTell(field: CorrectedValue["field"], creditChecked: boolean): RecipientId[] {
  const category = PRIVACY_REGISTER.find((c) => c.fields.some((f) => f.id === field));
  return (category?.recipients ?? []).filter(
    (id) => RECIPIENTS[id].role === "independent-controller" && (id !== "experian" || creditChecked),
  );
}

export function recipientNames(ids: readonly RecipientId[]): string {
  return ids.map((id) => RECIPIENTS[id].name).join(" og ");
}

const ZCorrection = {
  requestId: z.uuid({ error: "Ukjent sak." }),
  source: z.enum(["register", "customer"]),
  reason: ZReason,
  confirm: z.literal("ja", { error: "Kryss av når mottakerne har fått beskjed om rettingen." }),
};

/** Staff correct a register-sourced name or address and close the rectification request with it. */
export const ZRectificationResolve = z.discriminatedUnion("field", [
  z.object({
    ...ZCorrection,
    field: z.literal("name"),
    firstName: z.string().trim().min(1, "Skriv fornavnet.").max(100, "Fornavnet kan ha høyst 100 tegn."),
    lastName: z.string().trim().min(1, "Skriv etternavnet.").max(100, "Etternavnet kan ha høyst 100 tegn."),
  }),
  z.object({
    ...ZCorrection,
    field: z.literal("address"),
    street: z.string().trim().min(1, "Skriv gateadressen.").max(200, "Adressen kan ha høyst 200 tegn."),
    postalCode: z
      .string()
      .trim()
      .regex(/^\d{4}$/, "Postnummeret har fire siffer."),
    city: z.string().trim().min(1, "Skriv poststedet.").max(100, "Poststedet kan ha høyst 100 tegn."),
  }),
]);
export type TRectificationResolve = z.infer<typeof ZRectificationResolve>;

/** Staff ask Folkeregisteret what it says about the field a rectification request is about. */
export const ZRegisterCheck = z.object({ requestId: z.uuid({ error: "Ukjent sak." }) });
