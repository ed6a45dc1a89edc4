import "server-only";
// "Start på nytt": the person drops an application that stopped (a typo in the name, another number).
// A completed one stays: its data already lives on the customer, and it goes with the next purge.
import { writeAudit } from "@/features/audit/server";
import { db } from "@/platform/db";
import { anonymous } from "./application-audit";

export async function discardApplication(applicationId: string): Promise<{ ok: true }> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.onboardingApplication.deleteMany({
      where: { id: applicationId, status: { notIn: ["COMPLETED"] } },
    });
    if (count) await writeAudit(tx, anonymous(applicationId, "onboarding.discard"));
  });
  return { ok: true };
}
