import "server-only";
// Where a purpose's subject lives: a code for an email change belongs to a user, one for onboarding
// to an application. Each is a foreign key, so the code goes with its user or application (erasure,
// an expired application) without anyone remembering it.
import type { AuditSubject } from "@/features/audit/server";
import type { Prisma } from "@/generated/prisma/client";
import type { EmailCodePurpose } from "../domain/email-code";

export type SubjectKey = { userId: string } | { applicationId: string };

export function subjectKey(purpose: EmailCodePurpose, subjectId: string): SubjectKey {
  return purpose === "email-change" ? { userId: subjectId } : { applicationId: subjectId };
}

/**
 * Who acts in the audit row: the account holder changing their own login, or (onboarding, where
 * nobody is signed in yet) an anonymous applicant with the application as the target.
 */
export async function auditSubject(
  tx: Prisma.TransactionClient,
  purpose: EmailCodePurpose,
  subjectId: string,
): Promise<AuditSubject> {
  if (purpose === "onboarding") {
    return {
      actorUserId: null,
      actorRole: "ANONYMOUS",
      targetType: "OnboardingApplication",
      targetId: subjectId,
    };
  }
  const user = await tx.user.findUniqueOrThrow({
    where: { id: subjectId },
    select: { id: true, role: true, customerId: true },
  });
  return {
    actorUserId: user.id,
    actorRole: user.role,
    subjectCustomerId: user.customerId,
    targetType: "User",
    targetId: user.id,
  };
}
