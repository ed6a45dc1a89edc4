// The application's status machine. Every change of status in the service goes through `transition`:
// a step that is not allowed from the current status is refused, never applied.
//
//   DRAFT ─identity─▶ IDENTITY_VERIFIED ─point─▶ METERING_POINT_CHOSEN ─credit─▶ CREDIT_DECIDED ─▶ COMPLETED
//                                              ◀─point (choose again)─┘   └─declined─▶ DECLINED ─review approved─▶ CREDIT_DECIDED
//   CREDIT_DECIDED (waiting for a person) ─review declined─▶ DECLINED
//   any status but COMPLETED ─abandoned─▶ ABANDONED

export const ONBOARDING_STATUSES = [
  "DRAFT",
  "IDENTITY_VERIFIED",
  "METERING_POINT_CHOSEN",
  "CREDIT_DECIDED",
  "COMPLETED",
  "ABANDONED",
  "DECLINED",
] as const;
export type OnboardingStatusName = (typeof ONBOARDING_STATUSES)[number];

export type OnboardingEvent =
  | "identity-verified"
  | "metering-point-chosen"
  | "credit-decided"
  | "credit-declined"
  | "review-approved"
  | "review-declined"
  | "completed"
  | "abandoned";

const TRANSITIONS: Record<OnboardingEvent, Partial<Record<OnboardingStatusName, OnboardingStatusName>>> = {
  "identity-verified": { DRAFT: "IDENTITY_VERIFIED", IDENTITY_VERIFIED: "IDENTITY_VERIFIED" },
  "metering-point-chosen": {
    IDENTITY_VERIFIED: "METERING_POINT_CHOSEN",
    METERING_POINT_CHOSEN: "METERING_POINT_CHOSEN",
  },
  "credit-decided": { METERING_POINT_CHOSEN: "CREDIT_DECIDED" },
  "credit-declined": { METERING_POINT_CHOSEN: "DECLINED" },
  "review-approved": { DECLINED: "CREDIT_DECIDED", CREDIT_DECIDED: "CREDIT_DECIDED" },
  "review-declined": { DECLINED: "DECLINED", CREDIT_DECIDED: "DECLINED" },
  completed: { CREDIT_DECIDED: "COMPLETED" },
  abandoned: {
    DRAFT: "ABANDONED",
    IDENTITY_VERIFIED: "ABANDONED",
    METERING_POINT_CHOSEN: "ABANDONED",
    CREDIT_DECIDED: "ABANDONED",
    DECLINED: "ABANDONED",
  },
};

/** The status after `event`, or null when the event is not allowed from `status`. */
export function transition(
  status: OnboardingStatusName,
  event: OnboardingEvent,
): OnboardingStatusName | null {
  return TRANSITIONS[event][status] ?? null;
}

/** The step of /bli-kunde that an application in this status shows. */
export type OnboardingStep =
  | "identity"
  | "contact"
  | "verify-email"
  | "metering-point"
  | "credit"
  | "product"
  | "waiting"
  | "declined"
  | "done";

/** What decides the step: the status, and within IDENTITY_VERIFIED, how far the contact details are. */
export interface StepFacts {
  status: OnboardingStatusName;
  creditOutcome: "APPROVED" | "MANUAL_REVIEW" | "DECLINED" | null;
  email: string | null;
  emailVerifiedAt: Date | null;
}

export function stepFor({ status, creditOutcome, email, emailVerifiedAt }: StepFacts): OnboardingStep {
  switch (status) {
    case "DRAFT":
      return "identity";
    case "IDENTITY_VERIFIED":
      if (email === null) return "contact";
      return emailVerifiedAt === null ? "verify-email" : "metering-point";
    case "METERING_POINT_CHOSEN":
      return "credit";
    case "CREDIT_DECIDED":
      return creditOutcome === "APPROVED" ? "product" : "waiting";
    case "DECLINED":
      return "declined";
    default:
      return "done";
  }
}
