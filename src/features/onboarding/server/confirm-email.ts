import "server-only";
// Step 3 of "Bli kunde", second half: the code sent to the email the person gave. Once it is right
// the address is theirs (a login can be made of it), and Elhub is searched at the address they gave.
import { writeAudit } from "@/features/audit/server";
import type { EmailCodeFailure } from "@/features/email-verification";
import { issueEmailCode, verifyEmailCode } from "@/features/email-verification/server";
import { Prisma } from "@/generated/prisma/client";
import { decryptNationalId } from "@/platform/crypto/national-id";
import { db } from "@/platform/db";
import { lookupAudit } from "./application-audit";
import { move, withApplication } from "./application-state";
import { searchByAddress } from "./elhub-search";
import type { OnboardingOptions } from "./step-types";

export type ConfirmEmailResult = { ok: true } | { ok: false; reason: "stale" | EmailCodeFailure };

async function awaitingCode(applicationId: string) {
  const app = await withApplication(applicationId);
  const waiting = app?.status === "IDENTITY_VERIFIED" && app.email !== null && app.emailVerifiedAt === null;
  return waiting ? { ...app, email: app.email as string } : null;
}

export async function confirmEmail(
  applicationId: string,
  code: string,
  options: OnboardingOptions = {},
): Promise<ConfirmEmailResult> {
  const now = options.now ?? new Date();
  const app = await awaitingCode(applicationId);
  if (!app) return { ok: false, reason: "stale" };
  const verified = await verifyEmailCode({
    purpose: "onboarding",
    subjectId: app.id,
    email: app.email,
    code,
    now,
  });
  if (!verified.ok) return verified;
  // The search does not depend on the code: an Elhub outage leaves the email confirmed and a retry.
  const search = await searchByAddress(
    decryptNationalId(app.nationalIdCiphertext),
    app.street ?? "",
    app.postalCode ?? "",
    options,
  );
  await writeAudit(db, lookupAudit(app.id, "elhub", "metering-point", search.outcome));
  const moved = await move(
    db,
    app.id,
    "IDENTITY_VERIFIED",
    "identity-verified",
    {
      emailVerifiedAt: now,
      meteringPointOptions: search.options ?? Prisma.DbNull,
      lastError: search.outcome === "unavailable" ? "elhub-unavailable" : null,
    },
    now,
  );
  return moved ? { ok: true } : { ok: false, reason: "stale" };
}

/** "Send koden på nytt": a new code to the same address (throttled by the email-verification feature). */
export async function resendEmailCode(
  applicationId: string,
  options: OnboardingOptions = {},
): Promise<{ ok: true } | { ok: false; reason: "stale" | "throttled" | "not-sent" }> {
  const app = await awaitingCode(applicationId);
  if (!app) return { ok: false, reason: "stale" };
  const sent = await issueEmailCode(
    { purpose: "onboarding", subjectId: app.id, email: app.email, now: options.now },
    { mail: options.mail },
  );
  return sent.ok ? { ok: true } : sent;
}
