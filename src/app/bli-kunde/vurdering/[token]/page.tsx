import type { Metadata } from "next";
import { findReviewByToken } from "@/features/onboarding/server";
import { ResumeForm } from "@/features/onboarding/ui";
import { osloDateTime } from "@/platform/time/oslo-time";
import { Card } from "@/ui/card";
import { CalendarDate } from "@/ui/time-text";
import { resumeFromReviewAction } from "../../actions";

export const metadata: Metadata = { title: "Vurdering av søknaden" };
export const dynamic = "force-dynamic";

const STATUS_TEXT = {
  REQUESTED: "Mottatt: en saksbehandler vurderer søknaden.",
  APPROVED: "Godkjent: du kan fullføre søknaden.",
  DECLINED: "Avslått: en saksbehandler har vurdert søknaden, og vi kan dessverre ikke tilby deg avtale.",
} as const;

/** The status link mailed to an applicant whose credit decision a person looks at (GDPR Art. 22). */
export default async function ReviewStatusPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const review = await findReviewByToken(token);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-slate-900">Vurdering av søknaden</h1>
      <Card as="div" className="flex flex-col gap-3">
        {review ? (
          <>
            <p>
              <strong>Status:</strong> {STATUS_TEXT[review.status]}
            </p>
            <p>Mottatt {osloDateTime(review.requestedAt)}.</p>
            {review.status === "REQUESTED" && (
              <p>
                Du får svar innen <CalendarDate date={review.answerDueDate} />.
              </p>
            )}
            {review.decidedAt && <p>Vurdert {osloDateTime(review.decidedAt)}.</p>}
            {review.status === "APPROVED" && review.application.status === "CREDIT_DECIDED" && (
              <ResumeForm action={resumeFromReviewAction} token={token} />
            )}
          </>
        ) : (
          <p>Lenken er ugyldig, eller søknaden er slettet fordi fristen for å fullføre den gikk ut.</p>
        )}
      </Card>
    </div>
  );
}
