// Audit actions of accounts: signing in and out, passwords, the second factor, staff accounts, and
// reading the audit log itself.
import { z } from "zod";
import { code, codes, count, id, none, role } from "./fields";

const sessionsRevoked = z.strictObject({ sessionsRevoked: count });

export const ACCOUNT_ACTIONS = {
  "auth.login.success": z.strictObject({
    trustedDevice: z.boolean(),
    method: z.enum(["password", "bankid"]).optional(),
    acr: code.optional(),
  }),
  /** A BankID round trip that led nowhere: a refused token, too low a level, an unknown person. */
  "auth.bankid.rejected": z.strictObject({ purpose: code, reason: code }),
  /** The session's holder proved themselves again, for an action that wants a recent strong proof. */
  "auth.step-up.success": z.strictObject({ method: z.enum(["bankid", "totp"]), acr: code.optional() }),
  "auth.login.failure": z.strictObject({ reason: code, trustedDevice: z.boolean().optional() }),
  "auth.account.locked": z.strictObject({ failedAttempts: count, lockedMinutes: count, scope: code }),
  "auth.logout": none,
  "auth.logout.everywhere": sessionsRevoked,
  "auth.password.changed": sessionsRevoked,
  "auth.password.reset.requested": z.strictObject({ tokenId: id, earlierLinksInvalidated: count }),
  "auth.password.reset.completed": z.strictObject({ tokenId: id, sessionsRevoked: count }),
  "auth.second-factor.failure": z.strictObject({ purpose: code, method: code, reason: code }),
  "auth.second-factor.enrolment-started": z.strictObject({ replacedUnconfirmed: z.boolean() }),
  "auth.second-factor.enabled": z.strictObject({ recoveryCodes: count }),
  "auth.second-factor.success": z.strictObject({ method: code, recoveryCodesLeft: count.nullable() }),
  "auth.second-factor.disabled": z.strictObject({
    method: code,
    recoveryCodesDeleted: count,
    waitingSessionsRevoked: count,
  }),
  "auth.second-factor.reset": z.strictObject({
    targetRole: role,
    sessionsRevoked: count,
    recoveryCodesDeleted: count,
  }),
  "staff.created": z.strictObject({ role, tokenId: id, linkDelivery: code }),
  "staff.deactivated": z.strictObject({ targetRole: role, sessionsRevoked: count, linksVoided: count }),
  "staff.reactivated": z.strictObject({ targetRole: role }),
  "audit-log.view": z.strictObject({ page: count, total: count, filters: codes }),
  "audit-log.export": z.strictObject({ filters: codes }),
} as const satisfies Record<string, z.ZodType>;
