import "server-only";
// The audit rows of an application. Until the application makes a customer nobody is signed in,
// so the actor is anonymous and the target is the application.
import {
  type AuditAction,
  type AuditEntry,
  auditEntry,
  type MetadataArgs,
  writeAudit,
} from "@/features/audit/server";
import type { OnboardingApplication, Prisma } from "@/generated/prisma/client";

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

/** The new customer's first audit rows, by themselves: the customer made, and the consents they gave. */
export async function auditNewCustomer(
  tx: Prisma.TransactionClient,
  ids: {
    app: OnboardingApplication;
    customerId: string;
    userId: string;
    contractId: string;
    product: string;
  },
): Promise<void> {
  const customer = {
    actorUserId: ids.userId,
    actorRole: "CUSTOMER",
    subjectCustomerId: ids.customerId,
    targetType: "Customer",
    targetId: ids.customerId,
  } as const;
  const customerAudit = <A extends AuditAction>(action: A, ...metadata: MetadataArgs<A>) =>
    auditEntry(customer, action, ...metadata);
  await writeAudit(
    tx,
    customerAudit("customer.create", {
      applicationId: ids.app.id,
      contractId: ids.contractId,
      product: ids.product,
    }),
  );
  await writeAudit(
    tx,
    customerAudit("customer.consent", {
      termsVersion: ONBOARDING_TERMS_VERSION,
      folkeregister: true,
      elhub: true,
      experian: true,
      elhubMandate: true,
      consentedAt: ids.app.consentedAt.toISOString(),
    }),
  );
}
