// Audit actions of becoming a customer: the application and its credit review.
import { z } from "zod";
import { code, count, none } from "./fields";

export const ONBOARDING_ACTIONS = {
  "onboarding.start": z.strictObject({
    termsVersion: code,
    consentFolkeregister: z.boolean(),
    consentElhub: z.boolean(),
    consentExperian: z.boolean(),
    identifiedBy: z.enum(["BANKID", "LETTER"]).optional(),
  }),
  /** The same identified person came back (BankID or letter): their open application, in this browser now. */
  "onboarding.resume": z.strictObject({ identifiedBy: z.enum(["BANKID", "LETTER"]) }),
  "onboarding.credit-decision": z.strictObject({
    outcome: code,
    reasonCode: code.nullable(),
    band: code.nullable(),
    automated: z.boolean(),
  }),
  "onboarding.discard": none,
  /** Whether the applicant gave a statement (a flag), never its text. */
  "credit-review.request": z.strictObject({ statement: z.boolean() }),
  "credit-review.list": z.strictObject({ cases: count, open: count }),
  "credit-review.decide": z.strictObject({ decision: code }),
} as const satisfies Record<string, z.ZodType>;
