import "server-only";
// What a validated BankID ID token leads to. Auth.js has already checked the token (signature from
// the provider's JWKS, issuer, audience, expiry, nonce, with PKCE and state); this decides, by the
// purpose this browser set before it left, whether the person may sign in, start "Bli kunde", or has
// confirmed the session they are in. The national ID comes only from the token, and is never logged.
import { type AuditEntry, writeAudit } from "@/features/audit/server";
import {
  ACR_HIGH,
  ACR_SUBSTANTIAL,
  type Acr,
  acrSatisfies,
  NATIONAL_ID_CLAIM,
} from "@/platform/bankid/claims";
import { nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { isValidNationalId } from "@/platform/identifiers/national-id";
import { handOverIdentifiedPerson, IDENTIFIED_PATH } from "./bankid-handoff";
import { type BankIdIntent, type BankIdPurpose, takeBankIdIntent } from "./bankid-intent";
import { type BankIdRejection, bankIdErrorPath } from "./bankid-outcome";
import { idTokenSignedByProvider } from "./bankid-signature";
import { recordStrongAuthentication } from "./strong-authentication";

/** The level each purpose needs: signing a contract wants high; a sign-in or step-up, substantial. */
const REQUIRED_ACR: Record<BankIdPurpose, Acr> = {
  "sign-in": ACR_SUBSTANTIAL,
  onboarding: ACR_HIGH,
  "step-up": ACR_SUBSTANTIAL,
};

/** What the signIn callback answers: a user to create a session for, or a path to go to instead. */
export type BankIdDecision = { signInUserId: string } | { redirectTo: string };

export async function decideBankIdSignIn(
  token: { claims: Record<string, unknown>; idToken: unknown },
  currentSessionId: string | null,
  now: Date = new Date(),
): Promise<BankIdDecision> {
  const { claims } = token;
  const intent = await takeBankIdIntent(now);
  if (!(await idTokenSignedByProvider(token.idToken))) return reject(intent, "token-rejected");
  if (!intent) return reject(null, "no-intent");
  if (!acrSatisfies(claims.acr, REQUIRED_ACR[intent.purpose])) return reject(intent, "acr-too-low");
  const nationalId = claims[NATIONAL_ID_CLAIM];
  if (typeof nationalId !== "string" || !isValidNationalId(nationalId))
    return reject(intent, "no-national-id");
  const acr = String(claims.acr);
  switch (intent.purpose) {
    case "sign-in":
      return signInCustomer(intent, nationalId, acr);
    case "step-up":
      return confirmSession(intent, nationalId, currentSessionId, acr, now);
    case "onboarding":
      return startOnboarding(intent, { nationalId, searchName: nameIn(claims) }, acr, now);
  }
}

/** The customer account whose national ID (by its keyed hash) BankID gave, if there is one. */
async function customerUserFor(nationalId: string) {
  return db.user.findFirst({
    where: { role: "CUSTOMER", customer: { nationalIdHash: nationalIdBlindIndex(nationalId) } },
    select: { id: true, customerId: true },
  });
}

async function signInCustomer(
  intent: BankIdIntent,
  nationalId: string,
  acr: string,
): Promise<BankIdDecision> {
  const user = await customerUserFor(nationalId);
  if (!user) return reject(intent, "unknown-person");
  await audit({
    actorUserId: user.id,
    actorRole: "CUSTOMER",
    action: "auth.login.success",
    subjectCustomerId: user.customerId,
    targetType: "User",
    targetId: user.id,
    metadata: { trustedDevice: false, method: "bankid", acr },
  });
  return { signInUserId: user.id };
}

async function confirmSession(
  intent: BankIdIntent,
  nationalId: string,
  sessionId: string | null,
  acr: string,
  now: Date,
): Promise<BankIdDecision> {
  const session = sessionId
    ? await db.authSession.findFirst({
        where: { id: sessionId, expiresAt: { gt: now } },
        select: {
          user: { select: { id: true, customerId: true, customer: { select: { nationalIdHash: true } } } },
        },
      })
    : null;
  if (!session) return reject(intent, "no-session");
  const { user } = session;
  // Someone else's BankID does not confirm this session, however it was started.
  if (user.customer?.nationalIdHash !== nationalIdBlindIndex(nationalId))
    return reject(intent, "other-person");
  await recordStrongAuthentication(sessionId as string, now);
  await audit({
    actorUserId: user.id,
    actorRole: "CUSTOMER",
    action: "auth.step-up.success",
    subjectCustomerId: user.customerId,
    targetType: "AuthSession",
    targetId: sessionId as string,
    metadata: { method: "bankid", acr },
  });
  return { redirectTo: intent.returnTo };
}

function nameIn(claims: Record<string, unknown>) {
  const text = (value: unknown) => (typeof value === "string" ? value.slice(0, 200) : "");
  return { firstName: text(claims.given_name), lastName: text(claims.family_name) };
}

async function startOnboarding(
  intent: BankIdIntent,
  { nationalId, searchName }: { nationalId: string; searchName: { firstName: string; lastName: string } },
  acr: string,
  now: Date,
): Promise<BankIdDecision> {
  // An existing customer who starts "Bli kunde" is signed in and sent to Min side.
  const user = await customerUserFor(nationalId);
  if (user) return signInCustomer(intent, nationalId, acr);
  await handOverIdentifiedPerson({
    nationalId,
    searchName,
    consentedAt: new Date(intent.consentedAt ?? now.getTime()),
    identifiedAt: now,
  });
  return { redirectTo: IDENTIFIED_PATH };
}

async function reject(intent: BankIdIntent | null, reason: BankIdRejection): Promise<BankIdDecision> {
  await audit({
    actorUserId: null,
    actorRole: "ANONYMOUS",
    action: "auth.bankid.rejected",
    metadata: { purpose: intent?.purpose ?? "unknown", reason },
  });
  return { redirectTo: bankIdErrorPath(intent?.purpose ?? null, reason, intent?.returnTo) };
}

function audit(entry: AuditEntry): Promise<unknown> {
  return writeAudit(db, entry);
}
