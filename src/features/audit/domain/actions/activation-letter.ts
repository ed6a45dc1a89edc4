// Audit actions of "Bli kunde" without BankID: the activation code sent by letter to the person's
// address in Folkeregisteret. Nobody is signed in; the target is the letter once there is one. Never
// the national ID, the code or the address: the outcome codes and counts say what happened.
import { z } from "zod";
import { code, codes, count, none } from "./fields";

export const ACTIVATION_LETTER_ACTIONS = {
  /** Someone asked for a letter: queued, or not (a letter went out recently, the address is throttled). */
  "activation-letter.requested": z.strictObject({ outcome: code, termsVersion: code, consents: codes }),
  /** The letter went to the print service, addressed as Folkeregisteret has the person. */
  "activation-letter.sent": none,
  /** A code was accepted: the letter is used, and this is how the application began. */
  "activation-letter.redeemed": z.strictObject({ outcome: code }),
  /** No letter was sent ("send", with the reason), or a code was refused ("redeem", with the attempts). */
  "activation-letter.failed": z.strictObject({ step: code, reason: code, attempts: count.optional() }),
} as const satisfies Record<string, z.ZodType>;
