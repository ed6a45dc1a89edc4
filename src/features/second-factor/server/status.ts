import "server-only";
import { db } from "@/platform/db";

export interface SecondFactorStatus {
  /** When the app was set up; null when the second factor is off. */
  enabledAt: Date | null;
  recoveryCodesLeft: number;
}

export async function getSecondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [totp, recoveryCodesLeft] = await Promise.all([
    db.totpCredential.findUnique({ where: { userId }, select: { confirmedAt: true } }),
    db.recoveryCode.count({ where: { userId, usedAt: null } }),
  ]);
  return { enabledAt: totp?.confirmedAt ?? null, recoveryCodesLeft };
}
