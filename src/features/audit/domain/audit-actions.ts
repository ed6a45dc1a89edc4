// Every audit action there is, each with the schema of its metadata (documenso's typed audit log is
// the model). The writer takes only these actions with their own metadata, so an unknown action or
// wrong metadata does not compile, and the metadata is parsed again before it is written.
import type { z } from "zod";
import { ACCOUNT_ACTIONS } from "./actions/account";
import { ACTIVATION_LETTER_ACTIONS } from "./actions/activation-letter";
import { API_ACTIONS } from "./actions/api";
import { BILLING_ACTIONS } from "./actions/billing";
import { CUSTOMER_SERVICE_ACTIONS } from "./actions/customer-service";
import { EMAIL_VERIFICATION_ACTIONS } from "./actions/email-verification";
import { STAFF_INVOICE_ACTIONS } from "./actions/invoices-staff";
import { JOB_ACTIONS } from "./actions/jobs";
import { NOTIFICATION_ACTIONS } from "./actions/notifications";
import { ONBOARDING_ACTIONS } from "./actions/onboarding";
import { PAYMENT_ACTIONS } from "./actions/payments";
import { PRIVACY_ACTIONS } from "./actions/privacy";

export const AUDIT_METADATA = {
  ...ACCOUNT_ACTIONS,
  ...CUSTOMER_SERVICE_ACTIONS,
  ...EMAIL_VERIFICATION_ACTIONS,
  ...ONBOARDING_ACTIONS,
  ...ACTIVATION_LETTER_ACTIONS,
  ...JOB_ACTIONS,
  ...PRIVACY_ACTIONS,
  ...BILLING_ACTIONS,
  ...STAFF_INVOICE_ACTIONS,
  ...PAYMENT_ACTIONS,
  ...API_ACTIONS,
  ...NOTIFICATION_ACTIONS,
} as const;

/** A dotted verb, e.g. "auth.login.success", "customer.view", "privacy-request.create". */
export type AuditAction = keyof typeof AUDIT_METADATA;

export const AUDIT_ACTIONS = Object.keys(AUDIT_METADATA).sort() as readonly AuditAction[];

/** What an action records: ids, counts, flags and codes only, never a name, email, phone or national ID. */
export type AuditMetadata<A extends AuditAction> = z.input<(typeof AUDIT_METADATA)[A]>;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(AUDIT_METADATA, value);
}

/** "privacy-request.register-check" and its prefixes "privacy-request.register", "privacy-request". */
type Prefixes<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? S | Prefixes<Head> | `${Head}.${Prefixes<Tail>}`
  : S;

/** An action, or the start of some actions' names at a dot: what a label for a group of actions names. */
export type AuditActionPrefix = Prefixes<AuditAction>;

export type AuditActorRole = "CUSTOMER" | "SUPPORT" | "ADMIN" | "SYSTEM" | "ANONYMOUS";

/** Who acted, and whose data and which row the action is about. */
export interface AuditSubject {
  actorUserId: string | null;
  actorRole: AuditActorRole;
  subjectCustomerId?: string | null;
  targetType?: string;
  targetId?: string;
}

/** The metadata property: optional where the action records none (or may leave it out). */
type MetadataOf<A extends AuditAction> =
  undefined extends AuditMetadata<A> ? { metadata?: AuditMetadata<A> } : { metadata: AuditMetadata<A> };

/** One audit row to write; without a type argument, any action with its own metadata. */
export type AuditEntry<A extends AuditAction = AuditAction> = A extends AuditAction
  ? AuditSubject & { action: A } & MetadataOf<A>
  : never;

/** The metadata argument of a helper that builds an entry: left out where the action has none. */
export type MetadataArgs<A extends AuditAction> =
  undefined extends AuditMetadata<A> ? [metadata?: AuditMetadata<A>] : [metadata: AuditMetadata<A>];

/**
 * The metadata as its action's schema reads it. Throws for an unknown action or metadata that does not
 * fit, naming only the fields (never their values), so the caller's transaction writes nothing.
 */
export function parseAuditMetadata(action: string, metadata: unknown): unknown {
  if (!isAuditAction(action)) throw new Error(`Unknown audit action "${action}"`);
  const parsed = AUDIT_METADATA[action].safeParse(metadata);
  if (parsed.success) return parsed.data;
  const fields = parsed.error.issues.map((issue) => `${issue.path.join(".") || "metadata"} (${issue.code})`);
  throw new Error(`Audit metadata of "${action}" does not fit its schema: ${fields.join(", ")}`);
}
