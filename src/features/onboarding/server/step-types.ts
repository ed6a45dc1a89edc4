import "server-only";
// What every "Bli kunde" step takes and answers. A step answers with codes, never words: the page
// (src/app/bli-kunde) says what a code means to the person.
import type { MailOptions } from "@/platform/mail/mailer";
import type { Registries } from "@/platform/registries/registries";

export interface OnboardingOptions {
  /** The client's address: starting applications is throttled per address when it is given. */
  ip?: string;
  registries?: Registries;
  mail?: MailOptions;
  now?: Date;
}

/** Where a field's value came from: typed by the person, from their BankID, or from Folkeregisteret (P6). */
export type FieldSource = "PERSON" | "BANKID" | "REGISTER";
export type FieldSources = Record<string, FieldSource>;

export type RegistryErrorCode =
  | "folkeregister-unavailable"
  | "identity-not-found"
  | "identity-deceased"
  | "identity-not-resident"
  | "identity-minor"
  | "elhub-unavailable"
  | "elhub-not-found"
  | "experian-unavailable";

export type StepResult = { ok: true } | { ok: false; reason: "stale" | RegistryErrorCode };
