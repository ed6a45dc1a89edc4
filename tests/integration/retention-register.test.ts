// The retention job walked over the privacy register (P21): every data field with a retention rule
// (every field has one) is named by a step of the job, and the job removes that field's data once
// its period has run out and keeps it until then. The two instants of each field come from the
// register's own rule, one on each side of the cut-off, so a step that counts another period than
// the register says, or from another instant, fails here; so does a field that no step names.
import { describe, expect, it } from "vitest";
import { dueBefore, retainedUntil } from "@/features/privacy/domain/erasure";
import { PRIVACY_REGISTER } from "@/features/privacy/domain/register";
import type { RetentionRule } from "@/features/privacy/domain/retention";
import { PERSONAL_DATA_COLUMNS } from "@/features/privacy/server/personal-data-columns";
import { runRetention } from "@/features/privacy/server/retention";
import { MINUTE_MS } from "@/platform/time/durations";
import { RETENTION_PROBES, type StillHeld } from "../support/retention-probes";

/** Earlier than any clock this runs on: the audit log's trigger also bounds its deletes by the database's clock. */
const NOW = new Date("2026-09-15T10:00:00Z");
const HOUR_MS = 60 * MINUTE_MS;

const GOVERNED = PRIVACY_REGISTER.flatMap((category) =>
  category.retention.flatMap((entry) =>
    entry.fields.map((id) => ({
      id,
      rule: entry.rule,
      storedElsewhere: Boolean(category.fields.find((field) => field.id === id)?.storedElsewhere),
    })),
  ),
);

/**
 * Reference instants on each side of the job's cut-off at NOW: the period of `due` has run out, the
 * period of `kept` has not. A rule without a period counts from the row's own expiry instead.
 */
function onEachSide(rule: RetentionRule): { due: Date; kept: Date } {
  const cutoff = dueBefore(rule, NOW);
  const around = cutoff ?? NOW;
  const sides = { due: new Date(around.getTime() - HOUR_MS), kept: new Date(around.getTime() + HOUR_MS) };
  if (cutoff) {
    // The register's own reading of the rule agrees: one period over at NOW, the other still running.
    expect(retainedUntil(rule, sides.due)?.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect(retainedUntil(rule, sides.kept)?.getTime()).toBeGreaterThan(NOW.getTime());
  }
  return sides;
}

const stillHeld = (checks: StillHeld[]) => Promise.all(checks.map((check) => check()));

describe("retention walks the privacy register", () => {
  it.each(GOVERNED.filter((field) => !field.storedElsewhere))(
    "P21: $id ($rule.kind) is named by a retention step, removed when its period has run out and kept until then",
    async ({ id, rule }) => {
      const probe = RETENTION_PROBES[id];
      const { due, kept } = onEachSide(rule);
      const rows = probe ? { due: await probe(due), kept: await probe(kept) } : null;

      const report = await runRetention({ now: NOW });

      const steps = report.lines.filter((line) => line.fields.includes(id));
      expect(steps, `${id}: no step of the retention job names it`).not.toEqual([]);
      expect(rows, `${id}: no probe in tests/support/retention-probes.ts`).not.toBeNull();
      if (!rows) return;
      expect(await stillHeld(rows.due), `${id}: past its period`).toEqual(rows.due.map(() => false));
      expect(await stillHeld(rows.kept), `${id}: within its period`).toEqual(rows.kept.map(() => true));
      expect(
        steps.some((step) => step.affected > 0),
        `${id}: removed, but by no step that names it`,
      ).toBe(true);
    },
  );

  // Declaration check: what never reaches our database has no step, since there is nothing to delete.
  it.each(GOVERNED.filter((field) => field.storedElsewhere))(
    "$id lives only in the browser and at the trackers: no columns, and a rule the browser applies",
    ({ id, rule }) => {
      expect(PERSONAL_DATA_COLUMNS[id]).toEqual([]);
      expect(rule.kind).toBe("until-consent-withdrawn");
    },
  );
});
