// A closed month's cost is stored once computed (month-cost-cache.ts) and read instead of its hours while
// it still holds: on the demo data as it stands on Monday 7 December 2026, every view and the overview
// equal the cost priced from the hours themselves (costOfPeriod), read cold and again from the store; a
// stored month is what the next view shows; and a revised reading, a changed spot price, a changed
// contract or a new Norgespris period in the month makes it stale at once.
import { beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/features/consumption/domain/view";
import { getConsumption, getConsumptionSummary, warmMonthCosts } from "@/features/consumption/server";
import { costOfPeriod } from "@/features/consumption/server/cost-of-period";
import { pricingInputs } from "@/features/consumption/server/pricing-inputs";
import { eraseCustomer } from "@/features/privacy/server/erasure";
import { db } from "@/platform/db";
import { addMonths } from "@/platform/time/oslo-calendar";
import { seedDemoData } from "../../prisma/seed/demo-data";

// 12:00 in Oslo on Monday 7 December 2026.
const NOW = new Date("2026-12-07T11:00:00Z");
const TODAY = "2026-12-07";
const NAMES = ["kari", "ola", "ingrid", "lars", "sofie"] as const;
// Eirik's supply has ended: his data can be erased.
type Name = (typeof NAMES)[number] | "eirik";

const customers = new Map<string, { id: string; pointId: string }>();

beforeAll(async () => {
  await seedDemoData(db, { now: NOW });
  for (const u of await db.user.findMany({
    where: { role: "CUSTOMER" },
    select: {
      email: true,
      customer: { select: { id: true, supplyPeriods: { select: { meteringPointId: true } } } },
    },
  })) {
    const pointId = u.customer?.supplyPeriods[0]?.meteringPointId;
    if (u.customer && pointId) customers.set(u.email.split(".")[0] ?? "", { id: u.customer.id, pointId });
  }
}, 180_000);

function customer(name: Name) {
  const found = customers.get(name);
  if (!found) throw new Error(`No demo customer ${name}`);
  return found;
}

async function view(name: Name, params: Record<string, string>) {
  const parsed = parseView(params, TODAY);
  if (!parsed.ok) throw new Error(parsed.message);
  const data = await getConsumption(customer(name).id, parsed.view, undefined, NOW);
  if (!data) throw new Error(`${name} has no consumption`);
  return data;
}

/** The cost priced from the hours, with nothing stored read. */
async function fromHours(name: Name, from: string, to: string) {
  const { id, pointId } = customer(name);
  const inputs = await pricingInputs(db, id, pointId);
  if (!inputs) throw new Error(`${name} has no supply`);
  return costOfPeriod(db, id, inputs, from, to, TODAY);
}

const year2026 = { periode: "ar", dato: "2026", opplosning: "dag" };
const stored = (name: Name) =>
  db.monthCost.findMany({ where: { customerId: customer(name).id }, orderBy: { month: "asc" } });

/** Adds 100 øre to the stored total of the month, as a stale row would differ. */
async function alterStoredMonth(name: Name, month: string) {
  const altered = await db.$executeRaw`
    UPDATE "MonthCost" SET "cost" = jsonb_set("cost", '{totalOre}', to_jsonb(("cost"->>'totalOre')::int + 100))
    WHERE "customerId" = ${customer(name).id}::uuid AND "month" = ${month}::date`;
  expect(altered).toBe(1);
}

/** The view's March 2026, shown as the store has it: altered by 100 øre, then the change made. */
async function marchAfter(name: Name, change: () => Promise<unknown>) {
  await view(name, year2026);
  await alterStoredMonth(name, "2026-03-01");
  const altered = (await view(name, year2026)).cost.months.find((m) => m.month === "2026-03");
  const truth = (await fromHours(name, "2026-01-01", "2027-01-01")).months.find((m) => m.month === "2026-03");
  expect(altered?.totalOre).toBe((truth?.totalOre ?? 0) + 100);
  await change();
  const shown = (await view(name, year2026)).cost;
  expect(shown).toEqual(await fromHours(name, "2026-01-01", "2027-01-01"));
  return shown.months.find((m) => m.month === "2026-03");
}

describe("a closed month's stored cost", () => {
  it("every year and month view and the overview equal the cost priced from the hours, read cold and then from the store", async () => {
    const views: { params: Record<string, string>; from: string; to: string }[] = [
      { params: { periode: "ar", dato: "2025", opplosning: "maned" }, from: "2025-01-01", to: "2026-01-01" },
      { params: year2026, from: "2026-01-01", to: "2027-01-01" },
      { params: { periode: "maned", dato: "2026-11" }, from: "2026-11-01", to: "2026-12-01" },
      { params: { periode: "maned", dato: "2026-12" }, from: "2026-12-01", to: "2027-01-01" },
    ];
    for (const name of NAMES) {
      await db.monthCost.deleteMany({ where: { customerId: customer(name).id } });
      for (const { params, from, to } of views) {
        const expected = await fromHours(name, from, to);
        expect((await view(name, params)).cost, `${name} ${params.dato} cold`).toEqual(expected);
        expect((await view(name, params)).cost, `${name} ${params.dato} stored`).toEqual(expected);
      }
      const summary = await getConsumptionSummary(customer(name).id, NOW);
      expect(summary?.lastMonth.totalOre).toBe((await fromHours(name, "2026-11-01", "2026-12-01")).totalOre);
      expect(summary?.thisMonth.totalOre).toBe((await fromHours(name, "2026-12-01", "2027-01-01")).totalOre);
    }
  });

  it("stores the closed months only: December 2026, still going on, is priced from its hours every time", async () => {
    await db.monthCost.deleteMany({ where: { customerId: customer("kari").id } });
    await view("kari", year2026);
    const months = (await stored("kari")).map((m) => m.month.toISOString().slice(0, 7));
    expect(months).toEqual(Array.from({ length: 11 }, (_, i) => addMonths("2026-01-01", i).slice(0, 7)));
  });

  it("a revised reading in a stored month makes it stale: the view shows the new kWh and cost", async () => {
    const before = (await fromHours("lars", "2026-03-01", "2026-04-01")).months[0];
    const march = await marchAfter(
      "lars",
      () =>
        db.$executeRaw`
        UPDATE "ConsumptionReading" SET "kwh" = "kwh" + 5
        WHERE "meteringPointId" = ${customer("lars").pointId}::uuid
          AND "intervalStart" = '2026-03-10 11:00:00+00'`,
    );
    expect(Number(march?.kwh)).toBeCloseTo(Number(before?.kwh) + 5, 4);
  });

  it("a spot price changed in a stored month makes it stale", async () => {
    const before = (await fromHours("ingrid", "2026-03-01", "2026-04-01")).months[0];
    const march = await marchAfter(
      "ingrid",
      () =>
        db.$executeRaw`
        UPDATE "SpotPrice" SET "priceOrePerKwh" = "priceOrePerKwh" + 200
        WHERE "priceArea" = (SELECT "priceArea" FROM "MeteringPoint" WHERE id = ${customer("ingrid").pointId}::uuid)
          AND "intervalStart" >= '2026-03-12 00:00:00+00' AND "intervalStart" < '2026-03-13 00:00:00+00'`,
    );
    expect(march?.energyOre).toBeGreaterThan(before?.energyOre ?? Number.POSITIVE_INFINITY);
  });

  it("a changed contract makes its months stale", async () => {
    const before = (await fromHours("sofie", "2026-03-01", "2026-04-01")).months[0];
    const march = await marchAfter("sofie", () =>
      db.contract.updateMany({
        where: { customerId: customer("sofie").id },
        data: { markupOrePerKwh: { increment: 3 } },
      }),
    );
    expect(march?.markupOre).toBeGreaterThan(before?.markupOre ?? Number.POSITIVE_INFINITY);
  });

  it("a Norgespris period that begins in a stored month makes it stale", async () => {
    const before = (await fromHours("kari", "2026-03-01", "2026-04-01")).months[0];
    expect(before?.schemes).not.toContain("norgespris");
    const march = await marchAfter("kari", () =>
      db.norgesprisPeriod.create({
        data: { meteringPointId: customer("kari").pointId, fromDate: new Date("2026-03-01T00:00:00Z") },
      }),
    );
    expect(march?.schemes).toContain("norgespris");
  });

  it("the daily job stores every supplied customer's closed months of last year and this; run again, it prices none of them again", async () => {
    await db.monthCost.deleteMany({});
    const warmed = await warmMonthCosts(NOW);
    expect(warmed.customers).toBeGreaterThanOrEqual(NAMES.length);
    const months = Array.from({ length: 23 }, (_, i) => addMonths("2025-01-01", i).slice(0, 7));
    for (const name of NAMES) {
      expect(
        (await stored(name)).map((m) => m.month.toISOString().slice(0, 7)),
        name,
      ).toEqual(months);
    }
    const computed = async () =>
      (await db.monthCost.findMany({ orderBy: [{ customerId: "asc" }, { month: "asc" }] })).map(
        (m) => `${m.customerId} ${m.month.toISOString()} ${m.computedAt.toISOString()}`,
      );
    const first = await computed();
    expect(await warmMonthCosts(NOW)).toEqual(warmed);
    expect(await computed()).toEqual(first);
  });

  it("erasing the customer's data erases their stored months", async () => {
    await view("eirik", year2026);
    expect((await stored("eirik")).length).toBeGreaterThan(0);
    const user = await db.user.findFirstOrThrow({ where: { customerId: customer("eirik").id } });
    const erased = await eraseCustomer(customer("eirik").id, { userId: user.id, role: "CUSTOMER" }, NOW);
    expect(erased.ok).toBe(true);
    expect(await stored("eirik")).toEqual([]);
  });
});
