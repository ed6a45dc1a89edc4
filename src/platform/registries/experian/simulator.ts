import "server-only";
// Simulated Experian consumer credit check (inferred contract, see experian.ts). The person's score
// drives the answer; Experian's own rule: 20 or more approves, 10–19 or an open payment remark goes
// to manual review, under 10 rejects; a credit block gives no score and NO_DECISION.
import { randomUUID } from "node:crypto";
import { findSyntheticPerson } from "../simulator/people";
import type { SimulatorModule } from "../simulator/server";

function band(score: number): "A" | "B" | "C" | "D" | "E" {
  if (score >= 80) return "A";
  if (score >= 60) return "B";
  if (score >= 40) return "C";
  if (score >= 20) return "D";
  return "E";
}

export const experianSimulator: SimulatorModule = {
  name: "experian",
  handle({ method, path, body, fault }) {
    if (method !== "POST" || path !== "/v1/consumer/credit-checks") {
      return { status: 404, body: { code: "NOT_FOUND", message: "Unknown endpoint" } };
    }
    const personId = (body as { personId?: unknown } | undefined)?.personId;
    if (typeof personId !== "string" || !/^\d{11}$/.test(personId)) {
      return { status: 400, body: { code: "INVALID_PERSON_ID", message: "personId must be 11 digits" } };
    }
    const person = findSyntheticPerson(personId);
    if (!person || fault === "not-found")
      return { status: 404, body: { code: "UNKNOWN_PERSON", message: "Unknown person" } };
    const blocked = fault === "credit-blocked" || person.score === null;
    const score = fault === "declined" ? 4 : fault === "manual-review" ? 14 : person.score;
    const remarks = person.openPaymentRemarks;
    const decision = blocked
      ? "NO_DECISION"
      : (score ?? 0) < 10
        ? "REJECTED"
        : (score ?? 0) < 20 || remarks > 0
          ? "MANUAL_REVIEW"
          : "APPROVED";
    return {
      status: 200,
      personFault: person.faults?.experian,
      body: {
        checkId: randomUUID(),
        personId,
        score:
          blocked || score === null
            ? null
            : {
                value: score,
                scale: "0-100",
                band: band(score),
                riskClass: 1 + Math.floor((100 - score) / 20.01),
              },
        decision,
        decisionReasons:
          decision === "APPROVED"
            ? []
            : blocked
              ? ["CREDIT_BLOCK"]
              : remarks > 0
                ? ["PAYMENT_REMARK"]
                : ["LOW_SCORE"],
        paymentRemarks: { count: remarks, totalAmountNok: remarks * 4_250 },
        creditBlocked: blocked,
        copyLetter: { sent: !blocked },
        checkedAt: new Date().toISOString(),
      },
    };
  },
};
