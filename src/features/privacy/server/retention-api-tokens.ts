import "server-only";
// The retention job's steps for the personal data API: its tokens (the register's "api" category) and
// the audit rows of their calls, which the security log keeps for a shorter period than its own.
import { API_CALL_LOG_KEPT_MONTHS } from "@/features/api-tokens";
import { deleteClosedApiTokens } from "@/features/api-tokens/server";
import { dueBefore } from "../domain/erasure";
import { type RetentionStep, required } from "./retention-step";

export const API_TOKEN_STEPS: readonly RetentionStep[] = [
  {
    name: "closed-api-tokens",
    fields: ["api-tokens"],
    description:
      "API-nøkler trukket tilbake eller utløpt for lenge siden, og nøklene til kunder uten brukerkonto",
    run: (tx, cutoff) => deleteClosedApiTokens(tx, required(cutoff)),
  },
  {
    name: "old-api-calls",
    fields: ["security-log"],
    description: `sikkerhetsloggens rader for kall med API-nøkler, eldre enn ${API_CALL_LOG_KEPT_MONTHS} måneder`,
    // The register's security-log explanation states this exception; the rule itself is the log's 36 months.
    cutoff: (now) => dueBefore({ kind: "after-created", months: API_CALL_LOG_KEPT_MONTHS }, now),
    run: async (tx, cutoff) => {
      // The trigger admits this delete only for api.call rows past 3 months, and only in this job;
      // the database's own clock bounds it as the trigger does.
      await tx.$executeRaw`SELECT set_config('klarkraft.audit_retention', 'on', true)`;
      return tx.$executeRaw`
        DELETE FROM "AuditLog"
        WHERE "action" = 'api.call' AND "at" < ${required(cutoff)}::timestamptz
          AND "at" < now() - interval '3 months'`;
    },
  },
];
