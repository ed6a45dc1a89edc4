// The confirmation a customer gets on a durable medium (a mail with the contract as a PDF) after each
// event that concludes or changes a contract: signing up, a product change, a termination, a withdrawal.
// A job sends it, so a mail server that is down never undoes the contract.
import { z } from "zod";

export const CONTRACT_CONFIRMATION_JOB = "send-contract-confirmation";

export const CONFIRMATION_EVENTS = ["signed", "product-change", "termination", "withdrawal"] as const;
export type ConfirmationEvent = (typeof CONFIRMATION_EVENTS)[number];

export const ZContractConfirmation = z.object({
  contractId: z.uuid(),
  event: z.enum(CONFIRMATION_EVENTS),
});
