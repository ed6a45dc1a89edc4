import "server-only";
// The audit rows of an application. Until the application makes a customer nobody is signed in,
// so the actor is anonymous and the target is the application.
import type { AuditEntry } from "@/features/audit/server";

/** Version of the consent and terms text the person accepted (recorded in the audit rows). */
export const ONBOARDING_TERMS_VERSION = "2026-11-01";

export function anonymous(
  applicationId: string,
  action: string,
  metadata?: AuditEntry["metadata"],
): AuditEntry {
  return {
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action,
    targetType: "OnboardingApplication",
    targetId: applicationId,
    metadata,
  };
}

/** One registry call made for the application: which register, why, and what it answered. */
export function lookupAudit(
  applicationId: string,
  registry: string,
  purpose: string,
  outcome: string,
): AuditEntry {
  return anonymous(applicationId, "registry.lookup", { registry, purpose, outcome });
}
