// The credit decision, in one place: what Experian's answer means for an application. Automated
// (GDPR Art. 22): the explanation shown before the check (Art. 13(2)(f)) is built from these same
// numbers, and a decline always offers a review by a person.

/** Scores are Experian's 0–100 (Consumer Delphi): the chance of no payment remark within 12 months. */
export const DECLINE_BELOW_SCORE = 10;
export const APPROVE_FROM_SCORE = 20;

export type CreditOutcome = "APPROVED" | "MANUAL_REVIEW" | "DECLINED";
export type CreditReasonCode =
  | "SCORE_OK"
  | "LOW_SCORE"
  | "BORDERLINE_SCORE"
  | "PAYMENT_REMARK"
  | "CREDIT_BLOCKED"
  | "NO_CREDIT_FILE";

export interface CreditFacts {
  /** False when Experian has no file on the person. */
  found: boolean;
  score: number | null;
  openPaymentRemarks: number;
  creditBlocked: boolean;
}

export interface CreditDecision {
  outcome: CreditOutcome;
  reasonCode: CreditReasonCode;
  /** Made by these rules alone, with no person involved. */
  automated: true;
}

export function decideCredit(facts: CreditFacts): CreditDecision {
  const decision = (outcome: CreditOutcome, reasonCode: CreditReasonCode): CreditDecision => ({
    outcome,
    reasonCode,
    automated: true,
  });
  // No file or no score means no basis for an automated "no": a person looks at it.
  if (!facts.found) return decision("MANUAL_REVIEW", "NO_CREDIT_FILE");
  if (facts.creditBlocked || facts.score === null) return decision("MANUAL_REVIEW", "CREDIT_BLOCKED");
  if (facts.score < DECLINE_BELOW_SCORE) return decision("DECLINED", "LOW_SCORE");
  if (facts.openPaymentRemarks > 0) return decision("MANUAL_REVIEW", "PAYMENT_REMARK");
  if (facts.score < APPROVE_FROM_SCORE) return decision("MANUAL_REVIEW", "BORDERLINE_SCORE");
  return decision("APPROVED", "SCORE_OK");
}

/** How the automated decision works, in the words shown before the check and in the decision. */
export const CREDIT_RULES_TEXT: readonly string[] = [
  `Har du en kredittscore på ${APPROVE_FROM_SCORE} eller mer (av 100) og ingen åpne betalingsanmerkninger, blir du godkjent automatisk.`,
  `Har du en score mellom ${DECLINE_BELOW_SCORE} og ${APPROVE_FROM_SCORE - 1}, en åpen betalingsanmerkning eller kredittsperre, vurderer en saksbehandler søknaden.`,
  `Har du en score under ${DECLINE_BELOW_SCORE}, får du automatisk avslag. Da kan du be om at en person vurderer søknaden på nytt.`,
];

export const CREDIT_REASON_TEXT: Record<CreditReasonCode, string> = {
  SCORE_OK: "Kredittscoren er god nok.",
  LOW_SCORE: `Kredittscoren er under ${DECLINE_BELOW_SCORE}.`,
  BORDERLINE_SCORE: `Kredittscoren er under ${APPROVE_FROM_SCORE}.`,
  PAYMENT_REMARK: "Det er registrert en åpen betalingsanmerkning.",
  CREDIT_BLOCKED: "Du har kredittsperre, så vi fikk ingen kredittscore.",
  NO_CREDIT_FILE: "Experian har ingen opplysninger om deg, så vi fikk ingen kredittscore.",
};
