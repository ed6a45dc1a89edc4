import "server-only";
// The application a browser is working on, found by the resume token in its cookie (resume-cookie.ts):
// what the "Bli kunde" page renders its current step from.
import { hashLinkToken } from "@/platform/crypto/link-token";
import { db } from "@/platform/db";
import type { RegisteredAddress } from "@/platform/registries/folkeregister/folkeregister";
import type { MeteringPointOption } from "./elhub-search";
import type { FieldSources, RegistryErrorCode } from "./step-types";

export type ApplicationView = NonNullable<Awaited<ReturnType<typeof findApplication>>>;

/** The open application behind a browser's resume token, or null (unknown, completed long ago, or deleted). */
export async function findApplication(resumeToken: string | undefined) {
  if (!resumeToken || resumeToken.length > 100) return null;
  const row = await db.onboardingApplication.findUnique({
    where: { resumeTokenHash: hashLinkToken(resumeToken) },
    select: {
      id: true,
      status: true,
      firstName: true,
      lastName: true,
      email: true,
      emailVerifiedAt: true,
      phone: true,
      street: true,
      postalCode: true,
      city: true,
      fieldSources: true,
      registeredAddress: true,
      meteringPointOptions: true,
      meteringPoint: true,
      creditOutcome: true,
      creditReasonCode: true,
      lastError: true,
      expiresAt: true,
      reviewCase: { select: { status: true, reason: true, answerDueDate: true } },
    },
  });
  if (!row || row.status === "ABANDONED") return null;
  return {
    ...row,
    fieldSources: row.fieldSources as FieldSources,
    registeredAddress: row.registeredAddress as RegisteredAddress | null,
    meteringPointOptions: row.meteringPointOptions as MeteringPointOption[] | null,
    meteringPoint: row.meteringPoint as MeteringPointOption | null,
    lastError: row.lastError as RegistryErrorCode | null,
  };
}
