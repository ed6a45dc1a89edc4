import "server-only";
// The retention job (P21): applies the privacy register's rules once a day. Each rule names the
// register fields it serves and reads its period from the register, so the page and the job cannot
// disagree. One transaction per run; a dry run does the same work and rolls it back, so its report
// is exactly what a real run would do. Running it again changes nothing.
import { dueBefore, retentionEntryOf } from "@/domain/privacy/erasure";
import type { DataFieldId } from "@/domain/privacy/register";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import { deleteEndedConsentRecords } from "@/server/services/consent";
import { applyContractDates } from "@/server/services/contract-lifecycle";
import { keepErasuresOff } from "./retention-lock";

interface RetentionStep {
  /** Names the rule in the report and the audit row. */
  name: string;
  fields: readonly DataFieldId[];
  /** What it removes, in words, for the report. */
  description: string;
  /** The step's own cut-off; by default the first field's period in the register, counted back from now. */
  cutoff?: (now: Date) => Date | null;
  /** `cutoff` is null for rules without a period (their rows carry their own expiry). */
  run(tx: Prisma.TransactionClient, cutoff: Date | null, now: Date): Promise<number>;
}

/** The cut-off of a rule that has one; a step that needs it and gets none is a programming error. */
function required(cutoff: Date | null): Date {
  if (!cutoff) throw new Error("this retention rule needs a period in the register");
  return cutoff;
}

const STEPS: readonly RetentionStep[] = [
  {
    name: "former-customer-logins",
    fields: ["account", "login-attempts", "second-factor"],
    description: "brukerkontoer (med økter, lenker og totrinn) for avsluttede kunder",
    run: async (tx, cutoff) =>
      (
        await tx.user.deleteMany({
          where: { role: "CUSTOMER", customer: { status: "ENDED", endedAt: { lt: required(cutoff) } } },
        })
      ).count,
  },
  {
    name: "former-customer-identity",
    fields: ["email", "phone", "national-id", "privacy-choices", "name", "address"],
    description:
      "kontaktinformasjon, fødselsnummer og valg for avsluttede kunder (navn og adresse står igjen bare på fakturaene)",
    run: async (tx, cutoff, now) =>
      (
        await tx.customer.updateMany({
          where: { status: "ENDED", endedAt: { lt: required(cutoff) }, anonymisedAt: null },
          data: {
            firstName: "Slettet",
            lastName: "kunde",
            email: null,
            phone: null,
            street: "",
            postalCode: "0000",
            city: "",
            nationalIdCiphertext: null,
            nationalIdHash: null,
            restrictedAt: null,
            marketingObjectedAt: null,
            profilingObjectedAt: null,
            fieldSources: Prisma.DbNull,
            anonymisedAt: now,
          },
        })
      ).count,
  },
  {
    // Here and below, the hourly rollup (ConsumptionHour) follows the deleted readings by trigger.
    name: "former-customer-readings",
    fields: ["readings"],
    description: "forbruk for avsluttede kunder",
    run: async (tx, cutoff) => {
      // Their own readings only, inside their supply periods: the metering point's next tenant keeps theirs.
      const formerSupply = (table: Prisma.Sql) => Prisma.sql`
        DELETE FROM ${table} r USING "SupplyPeriod" s JOIN "Customer" c ON c.id = s."customerId"
        WHERE c.status = 'ENDED' AND c."endedAt" < ${required(cutoff)}
          AND r."meteringPointId" = s."meteringPointId"
          AND r."intervalStart" >= (s."fromDate"::timestamp AT TIME ZONE 'Europe/Oslo')
          AND (s."toDate" IS NULL OR r."intervalStart" < (s."toDate"::timestamp AT TIME ZONE 'Europe/Oslo'))`;
      await tx.$executeRaw(formerSupply(Prisma.sql`"ConsumptionReadingRevision"`));
      return tx.$executeRaw(formerSupply(Prisma.sql`"ConsumptionReading"`));
    },
  },
  {
    name: "readings-older-than-kept",
    fields: ["readings"],
    description: "forbruk eldre enn det vi viser kunder",
    cutoff: (now) => {
      const { rule } = retentionEntryOf("readings");
      return rule.kind === "while-customer-plus" && rule.maxAgeMonths
        ? dueBefore({ kind: "after-created", months: rule.maxAgeMonths }, now)
        : null;
    },
    run: async (tx, cutoff) => {
      if (!cutoff) return 0;
      await tx.consumptionReadingRevision.deleteMany({ where: { intervalStart: { lt: cutoff } } });
      return (await tx.consumptionReading.deleteMany({ where: { intervalStart: { lt: cutoff } } })).count;
    },
  },
  {
    name: "closed-inquiries",
    fields: ["inquiries"],
    description: "lukkede henvendelser",
    run: async (tx, cutoff) =>
      // From the day it was closed: a later touch of the row (a reassignment) does not restart the period.
      (await tx.inquiry.deleteMany({ where: { status: "CLOSED", closedAt: { lt: required(cutoff) } } }))
        .count,
  },
  {
    name: "closed-privacy-requests",
    fields: ["privacy-requests"],
    description: "avsluttede personvernforespørsler",
    run: async (tx, cutoff) =>
      (
        await tx.privacyRequest.deleteMany({
          where: {
            status: { in: ["COMPLETED", "REJECTED", "WITHDRAWN"] },
            completedAt: { lt: required(cutoff) },
          },
        })
      ).count,
  },
  {
    name: "expired-applications",
    fields: ["application"],
    description: "søknader om å bli kunde som er utløpt",
    run: async (tx, _cutoff, now) =>
      (await tx.onboardingApplication.deleteMany({ where: { expiresAt: { lte: now } } })).count,
  },
  {
    name: "superseded-consents",
    fields: ["consent-choices"],
    description: "samtykkevalg som sluttet å gjelde for lenge siden",
    run: (tx, _cutoff, now) => deleteEndedConsentRecords(tx, now),
  },
  {
    name: "accounting-invoices",
    fields: ["invoices"],
    description: "fakturaer eldre enn fem år etter regnskapsåret",
    run: async (tx, cutoff) =>
      (await tx.invoice.deleteMany({ where: { issuedAt: { lt: required(cutoff) } } })).count,
  },
  {
    name: "accounting-contracts",
    fields: ["agreement", "metering-point"],
    description:
      "avsluttede avtaler eldre enn tre og et halvt år etter regnskapsåret, og koblingen til målepunktet",
    run: async (tx, cutoff) => {
      const contracts = await tx.contract.deleteMany({
        where: { status: "TERMINATED", endDate: { lt: required(cutoff) } },
      });
      // Supply periods document the same sale: they go with the contract, for ended customers.
      await tx.supplyPeriod.deleteMany({
        where: { toDate: { lt: required(cutoff) }, customer: { status: "ENDED" } },
      });
      // A metering point outlives its customers; the link to an ended customer without contracts goes.
      const points = await tx.meteringPoint.updateMany({
        where: { customer: { status: "ENDED" }, contracts: { none: {} } },
        data: { customerId: null },
      });
      return contracts.count + points.count;
    },
  },
  {
    name: "emptied-customers",
    fields: ["customer-number"],
    description: "anonymiserte kunder uten fakturaer eller avtaler igjen",
    run: async (tx) =>
      (
        await tx.customer.deleteMany({
          where: {
            anonymisedAt: { not: null },
            invoices: { none: {} },
            contracts: { none: {} },
            supplyPeriods: { none: {} },
          },
        })
      ).count,
  },
  {
    name: "old-audit-entries",
    fields: ["security-log"],
    description: "sikkerhetslogg eldre enn 36 måneder",
    run: async (tx, cutoff) => {
      // The audit log's trigger admits these deletes only for rows past 36 months, and only here.
      // The database's own clock bounds it too, as the trigger does, so an injected clock cannot ask
      // for a delete the trigger would refuse.
      await tx.$executeRaw`SELECT set_config('klarkraft.audit_retention', 'on', true)`;
      return tx.$executeRaw`
        DELETE FROM "AuditLog"
        WHERE "at" < ${required(cutoff)}::timestamptz AND "at" < now() - interval '36 months'`;
    },
  },
];

export interface RetentionReportLine {
  name: string;
  fields: readonly DataFieldId[];
  description: string;
  /** Rows before this instant were due (null for rules with their own expiry). */
  cutoff: Date | null;
  affected: number;
}

export interface RetentionReport {
  now: Date;
  dryRun: boolean;
  lines: RetentionReportLine[];
}

class DryRunRollback extends Error {
  override name = "DryRunRollback";
  constructor(readonly report: RetentionReport) {
    super("dry run");
  }
}

/** Applies every rule as of `now` (injectable for tests and the dry run); returns what it did. */
export async function runRetention(options: { now?: Date; dryRun?: boolean } = {}): Promise<RetentionReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  try {
    return await db.$transaction(
      async (tx) => {
        await keepErasuresOff(tx);
        // The rules read contract and customer statuses: bring them up to the calendar first.
        await applyContractDates(tx, now);
        const lines: RetentionReportLine[] = [];
        for (const step of STEPS) {
          const cutoff = step.cutoff
            ? step.cutoff(now)
            : dueBefore(retentionEntryOf(step.fields[0] as DataFieldId).rule, now);
          lines.push({
            name: step.name,
            fields: step.fields,
            description: step.description,
            cutoff,
            affected: await step.run(tx, cutoff, now),
          });
        }
        const report = { now, dryRun, lines };
        if (dryRun) throw new DryRunRollback(report);
        await writeAudit(tx, {
          actorUserId: null,
          actorRole: "SYSTEM",
          action: "retention.run",
          metadata: Object.fromEntries(lines.map((line) => [line.name, line.affected])),
        });
        return report;
      },
      { timeout: 10 * 60_000 },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}
