import "server-only";
import { writeAudit } from "@/features/audit/server";
import { deleteEndedConsentRecords } from "@/features/consent/server";
import { applyContractDates } from "@/features/contracts/server";
import { deleteExpiredAuthData } from "@/features/sign-in/server";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { MINUTE_MS } from "@/platform/time/durations";
// The retention job (P21): applies the privacy register's rules once a day. Each rule names the
// register fields it serves and reads its period from the register, so the page and the job cannot
// disagree. One transaction per run; a dry run does the same work and rolls it back, so its report
// is exactly what a real run would do. The readings' month partitions are dropped first, in a short
// transaction of their own; a dry run only counts them. Running it again changes nothing.
import { osloDate } from "@/platform/time/oslo-calendar";
import { dueBefore, retentionEntryOf } from "../domain/erasure";
import type { DataFieldId } from "../domain/register";
import { anonymisedCustomer, ERASED_RESOLUTION } from "./erasure";
import { closeOpenRequestsOnErasure } from "./erasure-closes-requests";
import { API_TOKEN_STEPS } from "./retention-api-tokens";
import { COMMUNICATION_STEPS } from "./retention-communication";
import { INVOICE_STEPS } from "./retention-invoices";
import { keepErasuresOff } from "./retention-lock";
import { NOTIFICATION_STEPS } from "./retention-notifications";
import { dropReadingMonths, READINGS_STEP, readingsCutoff } from "./retention-readings";
import { type RetentionStep, required } from "./retention-step";

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
    fields: ["email", "phone", "national-id", "privacy-choices", "data-sources", "name", "address"],
    description:
      "kontaktinformasjon, fødselsnummer og valg for avsluttede kunder (navn og adresse står igjen bare på fakturaene)",
    run: async (tx, cutoff, now) => {
      const due = await tx.customer.findMany({
        where: { status: "ENDED", endedAt: { lt: required(cutoff) }, anonymisedAt: null },
        select: { id: true },
      });
      // Their open requests can no longer be answered: closed as an erasure closes them.
      for (const { id } of due) {
        await closeOpenRequestsOnErasure(tx, id, null, { resolution: ERASED_RESOLUTION, now });
      }
      const anonymised = await tx.customer.updateMany({
        where: { id: { in: due.map((customer) => customer.id) } },
        data: anonymisedCustomer(now),
      });
      return anonymised.count;
    },
  },
  {
    // The hourly rollup (ConsumptionHour) follows the deleted readings by trigger.
    name: "former-customer-readings",
    fields: ["readings"],
    description: "forbruk for avsluttede kunder",
    run: async (tx, cutoff) => {
      // Their own readings only, inside their supply periods and the history before them: the metering
      // point's next tenant keeps theirs.
      const formerSupply = (table: Prisma.Sql) => Prisma.sql`
        DELETE FROM ${table} r USING "SupplyPeriod" s JOIN "Customer" c ON c.id = s."customerId"
        WHERE c.status = 'ENDED' AND c."endedAt" < ${required(cutoff)}
          AND r."meteringPointId" = s."meteringPointId"
          AND r."intervalStart" >= (coalesce(s."historyFromDate", s."fromDate")::timestamp AT TIME ZONE 'Europe/Oslo')
          AND (s."toDate" IS NULL OR r."intervalStart" < (s."toDate"::timestamp AT TIME ZONE 'Europe/Oslo'))`;
      await tx.$executeRaw(formerSupply(Prisma.sql`"ConsumptionReadingRevision"`));
      await tx.monthCost.deleteMany({
        where: { customer: { status: "ENDED", endedAt: { lt: required(cutoff) } } },
      });
      return tx.$executeRaw(formerSupply(Prisma.sql`"ConsumptionReading"`));
    },
  },
  READINGS_STEP,
  ...COMMUNICATION_STEPS,
  ...NOTIFICATION_STEPS,
  {
    name: "expired-applications",
    // A credit review of the application goes with it (the foreign key cascades).
    fields: ["application", "credit-review"],
    description: "søknader om å bli kunde som er utløpt, med vurderingen av kredittsjekken",
    run: async (tx, _cutoff, now) =>
      (await tx.onboardingApplication.deleteMany({ where: { expiresAt: { lte: now } } })).count,
  },
  {
    name: "expired-activation-letters",
    fields: ["activation-letters"],
    description: "brev med aktiveringskode der koden har sluttet å virke, brukt eller ikke",
    run: async (tx, _cutoff, now) =>
      (await tx.activationLetter.deleteMany({ where: { expiresAt: { lte: now } } })).count,
  },
  {
    name: "superseded-consents",
    fields: ["consent-choices"],
    description: "samtykkevalg som sluttet å gjelde for lenge siden",
    run: (tx, cutoff) => deleteEndedConsentRecords(tx, required(cutoff)),
  },
  {
    // The hourly purge-expired-auth-data job does the same between runs.
    name: "expired-sign-in-data",
    fields: ["sessions", "password-resets", "email-codes", "essential-cookies", "rate-limits"],
    description:
      "utløpte økter, lenker for nytt passord, koder for å bekrefte e-postadressen og tellere for innloggingsforsøk",
    run: async (tx, _cutoff, now) =>
      Object.values(await deleteExpiredAuthData(tx, now)).reduce((sum, count) => sum + count, 0),
  },
  ...API_TOKEN_STEPS,
  ...INVOICE_STEPS,
  {
    name: "accounting-contracts",
    fields: ["agreement", "metering-point"],
    description:
      "avsluttede avtaler eldre enn tre og et halvt år etter regnskapsåret, og koblingen til målepunktet",
    run: async (tx, cutoff) => {
      // Date columns: compare with the cut-off's Oslo date, not the instant (which Prisma would cut to
      // its UTC date, the day before, keeping a contract that ended on 31 December a year too long).
      const before = new Date(osloDate(required(cutoff)));
      const contracts = await tx.contract.deleteMany({
        where: { status: "TERMINATED", endDate: { lt: before } },
      });
      // Supply periods document the same sale: they go with the contract, for ended customers.
      await tx.supplyPeriod.deleteMany({ where: { toDate: { lt: before }, customer: { status: "ENDED" } } });
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
    description: "anonymiserte kunder uten fakturaer, avtaler eller henvendelser igjen",
    run: async (tx) =>
      (
        await tx.customer.deleteMany({
          where: {
            anonymisedAt: { not: null },
            invoices: { none: {} },
            contracts: { none: {} },
            supplyPeriods: { none: {} },
            // Deleting the customer would unlink their threads, and an unlinked open thread has no end.
            inquiries: { none: {} },
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
  // The readings' months go first, in a short transaction of their own (retention-readings.ts).
  const before = { readingsDropped: dryRun ? null : await dropReadingMonths(readingsCutoff(now)) };
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
            affected: await step.run(tx, cutoff, now, before),
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
      { timeout: 10 * MINUTE_MS },
    );
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}
