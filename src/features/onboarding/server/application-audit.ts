import "server-only";
// The audit rows of an application. Until the application makes a customer nobody is signed in,
// so the actor is anonymous and the target is the application.
import { type AuditAction, type AuditEntry, auditEntry, type MetadataArgs } from "@/features/audit/server";

/** Version of the consent and terms text the person accepted (recorded in the audit rows). */
export const ONBOARDING_TERMS_VERSION = "2026-11-01";

export function anonymous<A extends AuditAction>(
  applicationId: string,
  action: A,
  ...metadata: MetadataArgs<A>
): AuditEntry<A> {
  const subject = {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    targetType: "OnboardingApplication",
    targetId: applicationId,
  } as const;
  return auditEntry(subject, action, ...metadata);
}

/** One registry call made for the application: which register, why, and what it answered. */
export function lookupAudit(
  applicationId: string,
  registry: string,
  purpose: string,
  outcome: string,
): AuditEntry<"registry.lookup"> {
  return anonymous(applicationId, "registry.lookup", { registry, purpose, outcome });
}
