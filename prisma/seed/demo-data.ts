// Synthetic demo data for development, the demo and tests: the people in ./people.ts (staff with the
// documented authenticator secret, one still to set it up), their metering
// points, supply periods and contracts, two years of consumption (Kari's meter in quarter hours since
// 2025-10-01, the others hourly), Ingrid's Norgespris, spot prices for every area, a few inquiries and
// a year of invoices for every customer, issued by the billing run itself (priced by the same cost
// function as the Forbruk page). Everything is written in one transaction: a failed seed leaves nothing
// behind, so the next start simply tries again.

import { writeAudit } from "@/features/audit/server/audit";
import { runBillingWithin } from "@/features/invoices/server";
import { encryptTotpSecret } from "@/features/second-factor/server/totp";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { encryptNationalId, nationalIdBlindIndex } from "@/platform/crypto/national-id";
import { hashPassword } from "@/platform/crypto/password";
import { norwegianGsrn } from "@/platform/identifiers/gsrn";
import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { DAY_MS } from "@/platform/time/durations";
import { addDays, addMonths, monthStart, osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import { payFromBankFile } from "./demo-payments";
import { remindOneOverdue } from "./demo-reminder";
import {
  DEMO_CUSTOMERS,
  DEMO_LEAVING_CUSTOMER,
  DEMO_PASSWORD,
  DEMO_STAFF,
  DEMO_TOTP_SECRET,
  type DemoConsumptionProfile,
  type DemoCustomer,
} from "./people";
import {
  type ConsumptionSeries,
  insertConsumption,
  insertSpotPrices,
  type SeedWindow,
  seedWindow,
} from "./series";

export interface SeedOptions {
  /** The moment the data should look current at; defaults to the real now. */
  now?: Date;
  /** How far back readings and prices go; 2 unless a test needs less. */
  years?: number;
}

export interface SeedSummary {
  users: number;
  customers: number;
  meteringPoints: number;
  readings: number;
  spotPrices: number;
  invoices: number;
  inquiries: number;
  window: SeedWindow;
}

export class DemoDataExistsError extends Error {
  override name = "DemoDataExistsError";
  constructor(users: number) {
    super(`The database already has ${users} user(s); demo data is only seeded into an empty database.`);
  }
}

/** A calendar date for a @db.Date column: Prisma keeps the UTC date part. */
function dateOnly(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

function addYears(isoDate: string, years: number): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February plus a year is 28 February, not 1 March.
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return date.toISOString().slice(0, 10);
}

export async function seedDemoData(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const now = options.now ?? new Date();
  const years = options.years ?? 2;
  if (!Number.isInteger(years) || years < 1 || years > 5) throw new RangeError("years must be 1–5");

  // argon2 is deliberately slow: hash before the transaction, all at once.
  const people = [
    ...DEMO_CUSTOMERS.map((c) => c.email),
    DEMO_LEAVING_CUSTOMER.email,
    ...DEMO_STAFF.map((s) => s.email),
  ];
  const hashes = new Map(
    await Promise.all(people.map(async (e) => [e, await hashPassword(DEMO_PASSWORD)] as const)),
  );
  const hashFor = (email: string) => {
    const hash = hashes.get(email);
    if (!hash) throw new Error("A demo user has no password hash");
    return hash;
  };

  return prisma.$transaction(
    async (tx) => {
      const existing = await tx.user.count();
      if (existing > 0) throw new DemoDataExistsError(existing);

      const window = await seedWindow(tx, now, years);

      const staff = new Map<string, string>();
      for (const member of DEMO_STAFF) {
        const user = await tx.user.create({
          data: {
            email: member.email,
            displayName: member.name,
            passwordHash: hashFor(member.email),
            role: member.role,
            totp: member.totp
              ? { create: { secretCiphertext: encryptTotpSecret(DEMO_TOTP_SECRET), confirmedAt: now } }
              : undefined,
          },
          select: { id: true },
        });
        staff.set(member.email, user.id);
      }

      const customers: {
        id: string;
        email: string;
        meteringPointId: string;
        profile: DemoConsumptionProfile;
        quarterHourlyFrom?: string;
      }[] = [];
      for (const person of DEMO_CUSTOMERS) {
        const { customer, meteringPointId } = await insertCustomerWithMeter(tx, person, window, hashFor);
        const { contract } = person;
        await tx.contract.create({
          data: {
            customerId: customer.id,
            meteringPointId,
            product: contract.product,
            markupOrePerKwh: contract.markupOrePerKwh,
            monthlyFeeOre: contract.monthlyFeeOre,
            fixedPriceOrePerKwh: contract.fixedPriceOrePerKwh ?? null,
            fixedUntil: contract.fixedYears
              ? dateOnly(addYears(window.startDate, contract.fixedYears))
              : null,
            status: "ACTIVE",
            startDate: dateOnly(window.startDate),
            createdAt: window.start,
            concludedAt: window.start,
          },
          select: { id: true },
        });
        await tx.supplyPeriod.create({
          data: {
            customerId: customer.id,
            meteringPointId,
            fromDate: dateOnly(window.startDate),
            createdAt: window.start,
          },
          select: { id: true },
        });
        if (person.norgesprisFrom) {
          await tx.norgesprisPeriod.create({
            data: { meteringPointId, fromDate: dateOnly(person.norgesprisFrom) },
            select: { id: true },
          });
        }
        customers.push({
          id: customer.id,
          email: person.email,
          meteringPointId,
          profile: person.consumption,
          quarterHourlyFrom: person.quarterHourlyFrom,
        });
      }

      const leaving = await insertLeavingCustomer(tx, now, window, hashFor);

      // Prices first: the readings' trigger then prices each hour of the rollup (ConsumptionHour) once,
      // instead of once unpriced and again when the prices arrive.
      const spotPrices = await insertSpotPrices(tx, window);
      const readings = await insertConsumption(tx, [
        ...customers.flatMap((c) => consumptionSeries(c, window)),
        leaving,
      ]);
      // Fresh statistics, or the planner treats these tables as empty (PGlite runs no autovacuum; after
      // a TRUNCATE the old statistics say zero rows): the invoice query below takes 100× longer without.
      await tx.$executeRaw`ANALYZE "ConsumptionReading", "ConsumptionHour", "SpotPrice", "SpotPriceDay"`;

      const byEmail = (email: string) => {
        const found = customers.find((c) => c.email === email);
        if (!found) throw new Error("A demo customer is missing");
        return found;
      };
      const kari = byEmail("kari.nordmann@example.com");
      const invoices = await billLastYear(tx, now);
      // The bank's file pays the older invoices (Ola's latest of them by half).
      await payFromBankFile(tx, now, byEmail("ola.hansen@example.com").id);
      // One of Kari's invoices is overdue and reminded, as the daily reminder job would.
      await remindOneOverdue(tx, kari.id, now);
      const inquiries = await insertInquiries(tx, now, {
        kari: kari.id,
        ola: byEmail("ola.hansen@example.com").id,
        support: staff.get("kundeservice@example.com") ?? null,
      });

      await writeAudit(tx, {
        actorUserId: null,
        actorRole: "SYSTEM",
        action: "demo-data.seed",
        metadata: { customers: customers.length, readings, spotPrices, invoices },
      });

      return {
        users: DEMO_STAFF.length + customers.length + 1,
        customers: customers.length + 1,
        meteringPoints: customers.length + 1,
        readings,
        spotPrices,
        invoices,
        inquiries,
        window,
      };
    },
    // Hundreds of thousands of rows: well past Prisma's 5-second default on a slow disk.
    { maxWait: 10_000, timeout: 300_000 },
  );
}

/** Hourly readings until the meter reports quarters, quarter hours from then on, up to the last full hour. */
function consumptionSeries(
  customer: { meteringPointId: string; profile: DemoConsumptionProfile; quarterHourlyFrom?: string },
  window: SeedWindow,
): ConsumptionSeries[] {
  const base = { id: customer.meteringPointId, profile: customer.profile };
  const quarterFrom = customer.quarterHourlyFrom ? osloMidnight(customer.quarterHourlyFrom) : null;
  if (!quarterFrom || quarterFrom > window.lastHour) {
    return [{ ...base, from: window.start, last: window.lastHour, resolution: "PT1H" }];
  }
  const start = new Date(Math.max(quarterFrom.getTime(), window.start.getTime()));
  return [
    { ...base, from: window.start, last: new Date(start.getTime() - 3_600_000), resolution: "PT1H" },
    { ...base, from: start, last: new Date(window.lastHour.getTime() + 45 * 60_000), resolution: "PT15M" },
  ];
}

/** A demo customer with their login and metering point, as the seed window began. */
async function insertCustomerWithMeter(
  tx: Prisma.TransactionClient,
  person: Omit<DemoCustomer, "contract" | "consumption">,
  window: SeedWindow,
  hashFor: (email: string) => string,
): Promise<{ customer: { id: string }; meteringPointId: string }> {
  const nationalId = syntheticNationalId(person.birthDate, person.individualNumber);
  const address = { street: person.street, postalCode: person.postalCode, city: person.city };
  const customer = await tx.customer.create({
    data: {
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      phone: person.phone,
      ...address,
      nationalIdCiphertext: encryptNationalId(nationalId),
      nationalIdHash: nationalIdBlindIndex(nationalId),
      createdAt: window.start,
      user: { create: { email: person.email, passwordHash: hashFor(person.email), role: "CUSTOMER" } },
      meteringPoints: {
        create: {
          gsrn: norwegianGsrn(person.gsrnSerial),
          meterNumber: person.meterNumber,
          ...address,
          priceArea: person.priceArea,
          gridCompany: person.gridCompany,
          municipalityNumber: person.municipalityNumber,
          usageType: person.usageType,
          createdAt: window.start,
        },
      },
    },
    select: { id: true, meteringPoints: { select: { id: true } } },
  });
  const meteringPointId = customer.meteringPoints[0]?.id;
  if (!meteringPointId) throw new Error("The metering point was not created");
  return { customer: { id: customer.id }, meteringPointId };
}

/**
 * The leaving customer: contract started with the others and ended on the last day of the previous
 * month (the billing run issues the final invoice for that month), a login. Returns the series of
 * hourly readings until the supply ended.
 */
async function insertLeavingCustomer(
  tx: Prisma.TransactionClient,
  now: Date,
  window: SeedWindow,
  hashFor: (email: string) => string,
): Promise<ConsumptionSeries> {
  const person = DEMO_LEAVING_CUSTOMER;
  const lastMonthEnd = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  const { customer, meteringPointId } = await insertCustomerWithMeter(tx, person, window, hashFor);
  await tx.supplyPeriod.create({
    data: {
      customerId: customer.id,
      meteringPointId,
      fromDate: dateOnly(window.startDate),
      toDate: lastMonthEnd,
    },
    select: { id: true },
  });
  await tx.contract.create({
    data: {
      customerId: customer.id,
      meteringPointId,
      product: person.contract.product,
      markupOrePerKwh: person.contract.markupOrePerKwh,
      monthlyFeeOre: person.contract.monthlyFeeOre,
      status: "TERMINATED",
      startDate: dateOnly(window.startDate),
      endDate: lastMonthEnd,
      createdAt: window.start,
      concludedAt: window.start,
    },
    select: { id: true },
  });
  const supplyEnds = osloMidnight(lastMonthEnd.toISOString().slice(0, 10));
  return {
    id: meteringPointId,
    profile: person.consumption,
    from: window.start,
    last: new Date(supplyEnds.getTime() - 3_600_000),
    resolution: "PT1H",
  };
}

/**
 * A year of invoices issued by the billing run itself: each of the twelve months before the current one
 * is run as the schedule would have run it, on the 2nd of the next month at 13:15 (or now, if sooner), so
 * issue and due dates fall as they would have. Returns the number of invoices.
 */
async function billLastYear(tx: Prisma.TransactionClient, now: Date): Promise<number> {
  const thisMonth = monthStart(osloDate(now));
  let issued = 0;
  for (let back = 12; back >= 1; back--) {
    const month = addMonths(thisMonth, -back);
    const scheduled = new Date(osloMidnight(addDays(addMonths(month, 1), 1)).getTime() + 13.25 * 3_600_000);
    const at = scheduled < now ? scheduled : now;
    issued += (await runBillingWithin(tx, month.slice(0, 7), at)).issued;
  }
  return issued;
}

async function insertInquiries(
  tx: Prisma.TransactionClient,
  now: Date,
  ids: { kari: string; ola: string; support: string | null },
): Promise<number> {
  const at = (daysAgo: number, hoursAgo = 0) =>
    new Date(now.getTime() - daysAgo * DAY_MS - hoursAgo * 3_600_000);

  await tx.inquiry.create({
    data: {
      customerId: ids.kari,
      subject: "Spørsmål om fakturaen",
      status: "ANSWERED",
      createdAt: at(12),
      updatedAt: at(11, 2),
      messages: {
        create: [
          {
            author: "CUSTOMER",
            body: "Hei! Fakturaen for forrige måned er høyere enn jeg hadde ventet. Kan dere se på om forbruket stemmer?",
            createdAt: at(12),
          },
          {
            author: "STAFF",
            authorUserId: ids.support,
            body:
              "Hei Kari, takk for at du tok kontakt. Vi har sjekket målerverdiene fra Elhub, og forbruket stemmer. " +
              "Det var kaldere enn vanlig, og spotprisen var høyere på kveldstid. Du kan følge forbruket time for time under Forbruk på Min side.\n\nVennlig hilsen Siri, Klarkraft kundeservice",
            createdAt: at(11, 2),
          },
        ],
      },
    },
    select: { id: true },
  });

  await tx.inquiry.create({
    data: {
      customerId: ids.ola,
      subject: "Flytting neste måned",
      status: "OPEN",
      createdAt: at(2),
      updatedAt: at(2),
      messages: {
        create: {
          author: "CUSTOMER",
          body: "Hei, jeg flytter til en ny leilighet i Bergen neste måned. Hva må jeg gjøre for at avtalen min blir med?",
          createdAt: at(2),
        },
      },
    },
    select: { id: true },
  });

  return 2;
}
