import "server-only";
import type { Prisma } from "@/generated/prisma/client";
// One rule of the retention job (retention.ts): the register fields it serves and what it does.
import type { DataFieldId } from "../domain/register";

/** What a run did before its main transaction: the readings' month drops (null in a dry run). */
export interface BeforeTransaction {
  readingsDropped: number | null;
}

export interface RetentionStep {
  /** Names the rule in the report and the audit row. */
  name: string;
  fields: readonly DataFieldId[];
  /** What it removes, in words, for the report. */
  description: string;
  /** The step's own cut-off; by default the first field's period in the register, counted back from now. */
  cutoff?: (now: Date) => Date | null;
  /** `cutoff` is null for rules without a period (their rows carry their own expiry). */
  run(
    tx: Prisma.TransactionClient,
    cutoff: Date | null,
    now: Date,
    before: BeforeTransaction,
  ): Promise<number>;
}

/** The cut-off of a rule that has one; a step that needs it and gets none is a programming error. */
export function required(cutoff: Date | null): Date {
  if (!cutoff) throw new Error("this retention rule needs a period in the register");
  return cutoff;
}
