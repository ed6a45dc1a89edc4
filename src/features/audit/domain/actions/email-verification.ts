// Audit actions of mailed codes that prove someone receives mail at an address (an email change, an
// applicant's email). Never the code, never the address: the purpose and counts only.
import { z } from "zod";
import { code, count } from "./fields";

export const EMAIL_VERIFICATION_ACTIONS = {
  "email-verification.issued": z.strictObject({ purpose: code }),
  "email-verification.verified": z.strictObject({ purpose: code, attempts: count }),
  "email-verification.failed-too-many": z.strictObject({ purpose: code, attempts: count }),
} as const satisfies Record<string, z.ZodType>;
