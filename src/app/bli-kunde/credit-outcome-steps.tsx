import {
  APPLICATION_EXPIRY_DAYS,
  CREDIT_REASON_TEXT,
  CREDIT_REVIEW_ANSWER_DAYS,
  type CreditReasonCode,
} from "@/features/onboarding";
import type { ApplicationView } from "@/features/onboarding/server";
import { Notice, StepCard } from "@/features/onboarding/ui";
import { CalendarDate } from "@/ui/time-text";
import { ReviewRequestForm } from "./review-request-form";

/** The reason code of the automated decision, in the words shown to the applicant. */
function reasonText(app: ApplicationView): string | null {
  const reason = app.creditReasonCode as CreditReasonCode | null;
  return reason ? CREDIT_REASON_TEXT[reason] : null;
}

/** When the applicant gets a person's answer, as promised in the mail with the status link. */
function AnswerBy({ date }: { date: Date }) {
  return (
    <>
      Du får svar innen <CalendarDate date={date} />.
    </>
  );
}

/** The rules (or the applicant) sent the application to a person; the mailed link follows the case. */
export function WaitingStep({ app }: { app: ApplicationView }) {
  const reason = reasonText(app);
  const review = app.reviewCase;
  return (
    <StepCard title="Søknaden vurderes av en person">
      {reason && <p>{reason}</p>}
      <p>
        En saksbehandler ser på søknaden din. {review && <AnswerBy date={review.answerDueDate} />} Vi har
        sendt deg en e-post med en lenke der du kan følge saken og fullføre når den er godkjent. Søknaden
        lagres i {APPLICATION_EXPIRY_DAYS} dager.
      </p>
    </StepCard>
  );
}

/**
 * An automated decline, with the right to a person's review and to contest it (GDPR Art. 22(3)), or
 * that review's outcome.
 */
export function DeclinedStep({ app }: { app: ApplicationView }) {
  const review = app.reviewCase;
  return (
    <StepCard title="Vi kan ikke tilby deg avtale nå">
      <p>
        Kredittsjekken ga automatisk avslag. {reasonText(app) ?? ""} Avgjørelsen er tatt uten at en person har
        sett på den.
      </p>
      {!review && (
        <>
          <p>
            Du har rett til å få avgjørelsen vurdert av en person, til å si din mening om den og til å
            bestride den (personvernforordningen artikkel 22). En saksbehandler ser da på søknaden og det du
            skriver, og du får svar innen {CREDIT_REVIEW_ANSWER_DAYS} dager. Du får en e-post med lenke der du
            følger saken.
          </p>
          <ReviewRequestForm />
        </>
      )}
      {review?.status === "REQUESTED" && (
        <Notice>
          Du har bedt om vurdering av en person. <AnswerBy date={review.answerDueDate} /> Vi har sendt deg en
          e-post med lenke til saken.
        </Notice>
      )}
      {review?.status === "DECLINED" && (
        <Notice tone="warning">
          En saksbehandler har vurdert søknaden, og vi kan dessverre ikke tilby deg avtale.
        </Notice>
      )}
    </StepCard>
  );
}
