import "server-only";
// The retention job's steps for the register's notifications category: the devices and choices of
// customers whose relationship has ended, and devices no push has reached for the register's period.
import { dueBefore, retentionEntryOf } from "../domain/erasure";
import { type RetentionStep, required } from "./retention-step";

export const NOTIFICATION_STEPS: readonly RetentionStep[] = [
  {
    name: "former-customer-notifications",
    fields: ["push-subscriptions", "notification-choices"],
    description: "enheter som får varsler og varselvalg for avsluttede kunder",
    run: async (tx, cutoff) => {
      const ended = { status: "ENDED" as const, endedAt: { lt: required(cutoff) } };
      const devices = await tx.pushSubscription.deleteMany({ where: { customer: ended } });
      const choices = await tx.notificationPreference.deleteMany({ where: { customer: ended } });
      return devices.count + choices.count;
    },
  },
  {
    name: "unreached-push-subscriptions",
    fields: ["push-subscriptions"],
    description: "enheter som ingen varsler har nådd på lenge",
    cutoff: (now) => {
      const { rule } = retentionEntryOf("push-subscriptions");
      return rule.kind === "while-customer-plus" && rule.maxAgeMonths
        ? dueBefore({ kind: "after-created", months: rule.maxAgeMonths }, now)
        : null;
    },
    run: async (tx, cutoff) => {
      const before = required(cutoff);
      // Reached last before the cut-off, or never reached and made before it.
      const { count } = await tx.pushSubscription.deleteMany({
        where: {
          OR: [{ lastSuccessAt: { lt: before } }, { lastSuccessAt: null, createdAt: { lt: before } }],
        },
      });
      return count;
    },
  },
];
