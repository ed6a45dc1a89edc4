// The rights a customer exercises directly on Min side: contact details (Art. 16), restriction
// (Art. 18), objection (Art. 21), erasure (Art. 17). Forms and services share these schemas.
import { z } from "zod";
import { ZEmailCode } from "@/features/email-verification";
import { ZEmail, ZPasswordInput } from "@/features/sign-in";

export const PHONE_MAX_LENGTH = 20;

/**
 * Any phone number, Norwegian or foreign, stored as onboarding stores a mobile number: digits only, with
 * the country code (+47 added to eight Norwegian digits), so one person's number is written one way.
 */
export const ZPhone = z
  .string({ error: "Skriv inn telefonnummeret ditt." })
  .trim()
  .min(1, "Skriv inn telefonnummeret ditt.")
  .max(PHONE_MAX_LENGTH, `Telefonnummeret kan ha høyst ${PHONE_MAX_LENGTH} tegn.`)
  .regex(/^\+?[0-9][0-9 ]{6,18}[0-9]$/, "Skriv telefonnummeret med siffer, for eksempel +47 912 34 567.")
  .transform((v) => {
    const digits = v.replace(/\s/g, "").replace(/^00/, "+");
    return /^\d{8}$/.test(digits) ? `+47${digits}` : digits;
  });

export const ZPhoneUpdate = z.object({ phone: ZPhone });
export type TPhoneUpdate = z.infer<typeof ZPhoneUpdate>;

/** A new contact email, asked for with the password: it is also the login name. */
export const ZEmailChange = z.object({ email: ZEmail, currentPassword: ZPasswordInput });
export type TEmailChange = z.infer<typeof ZEmailChange>;

/** The code mailed to the new address, which makes the change; the address is posted again with it. */
export const ZEmailChangeConfirm = z.object({ email: ZEmail, code: ZEmailCode });
export type TEmailChangeConfirm = z.infer<typeof ZEmailChangeConfirm>;

const ZOnOff = z.enum(["on", "off"], { error: "Ugyldig valg." });

export const ZRestrictionToggle = z.object({ restrict: ZOnOff });

export const OBJECTION_KINDS = ["marketing", "profiling"] as const;
export type ObjectionKind = (typeof OBJECTION_KINDS)[number];
export const ZObjectionToggle = z.object({
  kind: z.enum(OBJECTION_KINDS, { error: "Ugyldig valg." }),
  object: ZOnOff,
});

export const OBJECTION_NAMES: Record<ObjectionKind, string> = {
  marketing: "direkte markedsføring",
  profiling: "profilering",
};

/** Erasure is the one right that cannot be undone: the password confirms it. */
export const ZErasureConfirm = z.object({ currentPassword: ZPasswordInput });

/** Processing the portal may only do when the customer has neither restricted it nor objected to it. */
export type NonEssentialUse = "marketing" | "profiling" | "analytics";

export interface ProcessingFlags {
  restrictedAt: Date | null;
  marketingObjectedAt: Date | null;
  profilingObjectedAt: Date | null;
  anonymisedAt: Date | null;
}

/**
 * Whether a non-essential use of the customer's data is allowed: never while processing is
 * restricted (Art. 18), never marketing after an objection to it (Art. 21(3), absolute), never
 * profiling after an objection to it, and nothing at all once the customer is erased.
 */
export function mayProcess(flags: ProcessingFlags, use: NonEssentialUse): boolean {
  if (flags.anonymisedAt || flags.restrictedAt) return false;
  if (use === "marketing") return !flags.marketingObjectedAt;
  if (use === "profiling") return !flags.profilingObjectedAt;
  return true;
}
