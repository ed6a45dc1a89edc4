// An applicant contesting an automated credit decline (GDPR Art. 22(3)): their point of view, and the
// date by which a person answers. Pure: the service stores what these compute.
import { z } from "zod";
import { addDays, osloDate } from "@/platform/time/oslo-calendar";
import { CREDIT_REVIEW_ANSWER_DAYS } from "./limits";

export const APPLICANT_STATEMENT_MAX_LENGTH = 2000;

/** The review request form: an optional statement, trimmed; empty means none. */
export const ZReviewRequest = z.object({
  statement: z
    .string()
    .trim()
    .max(
      APPLICANT_STATEMENT_MAX_LENGTH,
      `Forklaringen kan ha høyst ${APPLICANT_STATEMENT_MAX_LENGTH} tegn. Korte den ned og send på nytt.`,
    )
    .default(""),
});
export type TReviewRequest = z.output<typeof ZReviewRequest>;

/** The Oslo date ("YYYY-MM-DD") by which a review requested at `requestedAt` is answered. */
export function reviewAnswerDate(requestedAt: Date): string {
  return addDays(osloDate(requestedAt), CREDIT_REVIEW_ANSWER_DAYS);
}

/** Whether an open case is past its answer date (a @db.Date, UTC midnight) on the Oslo date of `now`. */
export function reviewOverdue(answerDueDate: Date, now: Date): boolean {
  return osloDate(now) > answerDueDate.toISOString().slice(0, 10);
}
