import "server-only";
// Experian AS (Norway): consumer credit check for a new electricity supply contract (P9). Experian
// publishes no API specification; request and answer follow the inferred contract in
// shared/reference/registries/README.md §3 (POST /v1/consumer/credit-checks, Bearer token). Every
// check sends the person a copy letter (gjenpartsbrev), so the call is never retried: a retry could
// run and letter a second check.
import { z } from "zod";
import { type HttpApiConfig, type RegistryResult, requestJson } from "../http-client";

export const ZCreditCheck = z.object({
  checkId: z.string().max(100),
  score: z
    .object({
      value: z.number().int().min(0).max(100),
      scale: z.literal("0-100"),
      band: z.enum(["A", "B", "C", "D", "E"]),
      riskClass: z.number().int().min(1).max(5).optional(),
    })
    .nullable(),
  decision: z.enum(["APPROVED", "MANUAL_REVIEW", "REJECTED", "NO_DECISION"]),
  decisionReasons: z.array(z.string().max(40)).max(20),
  paymentRemarks: z.object({ count: z.number().int().min(0), totalAmountNok: z.number().min(0) }),
  creditBlocked: z.boolean(),
  copyLetter: z.object({ sent: z.boolean() }),
  checkedAt: z.iso.datetime({ offset: true }),
});
export type CreditCheck = z.infer<typeof ZCreditCheck>;

/** What onboarding keeps of a check: never the full report (the privacy register says so). */
export interface CreditReport {
  checkId: string;
  score: number | null;
  band: "A" | "B" | "C" | "D" | "E" | null;
  experianDecision: CreditCheck["decision"];
  openPaymentRemarks: number;
  creditBlocked: boolean;
  copyLetterSent: boolean;
  checkedAt: Date;
}

export interface ExperianClient {
  creditCheck(query: { nationalId: string }): Promise<RegistryResult<CreditReport>>;
}

export function createExperianClient(config: HttpApiConfig): ExperianClient {
  return {
    async creditCheck({ nationalId }) {
      const result = await requestJson(config, {
        method: "POST",
        path: "/v1/consumer/credit-checks",
        body: {
          personId: nationalId,
          purpose: "ELECTRICITY_SUPPLY_CONTRACT",
          scoreModel: "CONSUMER_DELPHI_2",
        },
        idempotent: false,
        schema: ZCreditCheck,
        operation: "credit-check",
      });
      if (!result.ok) return result;
      const check = result.value;
      return {
        ok: true,
        value: {
          checkId: check.checkId,
          score: check.score?.value ?? null,
          band: check.score?.band ?? null,
          experianDecision: check.decision,
          openPaymentRemarks: check.paymentRemarks.count,
          creditBlocked: check.creditBlocked,
          copyLetterSent: check.copyLetter.sent,
          checkedAt: new Date(check.checkedAt),
        },
      };
    },
  };
}
