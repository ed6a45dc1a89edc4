// A new customer's history from before their contract (Elhub's months imported at sign-up) is their own
// consumption, not our supply: they see it, labelled as from before they joined, but it is never priced
// as supply (no "0,00 kr", nothing "mangler spotpris"); what it would have cost with us is a separate,
// named figure, and the Norgespris comparison prices it with the current contract. A previous tenant's
// readings stay out, and the database refuses a history that reaches into another's period.
import { beforeAll, describe, expect, it } from "vitest";
import { parseView } from "@/features/consumption/domain/view";
import { compareNorgespris, getConsumption, getConsumptionSummary } from "@/features/consumption/server";
import { db } from "@/platform/db";
import { osloDate, osloMidnight } from "@/platform/time/oslo-calendar";
import {
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
} from "../support/factories";

const NOW = new Date("2026-12-07T12:00:00Z");
const CONTRACT_START = "2026-12-10";
const HISTORY_FROM = "2026-10-01";

let customer: string;
let gsrn: string;
let pointId: string;

beforeAll(async () => {
  const previous = (await createCustomer()).id;
  customer = (await createCustomer()).id;
  const point = await createMeteringPoint(customer, { priceArea: "NO1", municipalityNumber: "0301" });
  pointId = point.id;
  gsrn = point.gsrn;
  // The previous tenant left on 1 October; the new customer's contract and supply start on 10 December,
  // and Elhub's history is theirs from the day the previous tenant left.
  await createSupplyPeriod(previous, pointId, "2025-01-01", HISTORY_FROM);
  await createContract(previous, pointId, {
    startDate: new Date("2025-01-01"),
    endDate: new Date(HISTORY_FROM),
  });
  await createSupplyPeriod(customer, pointId, CONTRACT_START, undefined, HISTORY_FROM);
  await createContract(customer, pointId, { status: "PENDING", startDate: new Date(CONTRACT_START) });
  // 1 kWh every hour and a flat 50 øre/kWh price every quarter, from September to mid-December.
  await db.$executeRaw`
    INSERT INTO "SpotPrice" ("priceArea", "intervalStart", "resolution", "priceOrePerKwh")
    SELECT 'NO1', t, 'PT15M', 50
    FROM generate_series(${osloMidnight("2026-09-01")}::timestamptz, ${osloMidnight("2026-12-16")}::timestamptz - interval '15 minutes', interval '15 minutes') t`;
  await db.$executeRaw`
    INSERT INTO "ConsumptionReading" ("meteringPointId", "intervalStart", "resolution", "kwh", "quality")
    SELECT ${pointId}::uuid, t, 'PT1H', 1, 'MEASURED'
    FROM generate_series(${osloMidnight("2026-09-01")}::timestamptz, ${osloMidnight("2026-12-15")}::timestamptz - interval '1 hour', interval '1 hour') t`;
});

/** The Forbruk page's data for the customer's point, for the period the address asks for, on `now`. */
async function forbruk(query: Record<string, string>, now = NOW) {
  const parsed = parseView(query, osloDate(now));
  if (!parsed.ok) throw new Error(parsed.message);
  const data = await getConsumption(customer, parsed.view, gsrn, now);
  if (!data) throw new Error("no data");
  return data;
}

describe("history from before the contract", () => {
  it("a month wholly before the contract is the customer's consumption, not unpriced supply and not 0 kr", async () => {
    const data = await forbruk({ periode: "maned", dato: "2026-11" });
    expect(data.kwh).toBe("720.0000");
    // Not supply: nothing priced, nothing "mangler spotpris".
    expect(data.cost.unpricedKwh).toBe("0.0000");
    expect(data.cost.months).toEqual([]);
    expect(data.buckets.every((b) => b.beforeSupply)).toBe(true);
    expect(data.suppliedFrom).toBe(CONTRACT_START);
    expect(data.historyFrom).toBe(HISTORY_FROM);
    // What it would have cost with the current contract: 720 kWh × (50 + 4.9) øre + 49 kr fee, with 25 % VAT.
    expect(data.beforeSupply?.terms).toMatchObject({
      product: "SPOT",
      markupOrePerKwh: "4.9",
      monthlyFeeOre: 4900,
    });
    expect(data.beforeSupply?.cost.kwh).toBe("720.0000");
    expect(data.beforeSupply?.cost.unpricedKwh).toBe("0.0000");
    expect(data.beforeSupply?.cost.totalOre).toBe(Math.round((720 * 54.9 + 4900) * 1.25));
  });

  it("the month the supply starts prices the supplied days only and names the days before it", async () => {
    const later = new Date("2026-12-15T12:00:00Z");
    const data = await forbruk({ periode: "maned", dato: "2026-12" }, later);
    expect(data.kwh).toBe("336.0000");
    expect(data.cost.kwh).toBe("120.0000"); // 10–14 December
    expect(data.cost.unpricedKwh).toBe("0.0000");
    expect(data.beforeSupply?.cost.kwh).toBe("216.0000"); // 1–9 December
    expect(data.buckets.filter((b) => b.beforeSupply)).toHaveLength(9);
  });

  it("the year view says when the supply starts and where the history begins; the previous tenant's months stay out", async () => {
    const data = await forbruk({ periode: "ar", dato: "2026" });
    expect(data.suppliedFrom).toBe(CONTRACT_START);
    expect(data.historyFrom).toBe(HISTORY_FROM);
    // September was the previous tenant's: October, November and the readings of December are the customer's.
    expect(data.kwh).toBe(`${(31 + 30 + 14) * 24 + 1}.0000`); // + the extra hour of 25 October
    const september = await forbruk({ periode: "maned", dato: "2026-09" });
    expect(september?.kwh).toBe("0.0000");
  });

  it("the overview shows the months as from before the customer joined, never as a cost of ours", async () => {
    const summary = await getConsumptionSummary(customer, NOW);
    expect(summary?.lastMonth).toMatchObject({
      month: "2026-11",
      kwh: "720.0000",
      supplied: false,
      totalOre: 0,
    });
    expect(summary?.thisMonth).toMatchObject({ month: "2026-12", supplied: false });
    expect(Number(summary?.thisMonth.kwh)).toBeGreaterThan(0);
  });

  it("the Norgespris comparison prices the months before the contract with the current contract, not as 0 kr", async () => {
    const comparison = await compareNorgespris(customer, NOW);
    expect(comparison?.suppliedFrom).toBe(CONTRACT_START);
    expect(comparison?.terms?.product).toBe("SPOT");
    const november = comparison?.months.find((m) => m.month === "2026-11");
    expect(november).toMatchObject({ kwh: "720.0000", beforeSupply: true });
    expect(november?.withoutNorgesprisOre).toBe(Math.round((720 * 54.9 + 4900) * 1.25));
    expect(november?.withNorgesprisOre).toBeGreaterThan(0);
    // The previous tenant's September is not the customer's.
    expect(comparison?.months.find((m) => m.month === "2026-09")?.kwh ?? "0.0000").toBe("0.0000");
  });

  it("P14: the database refuses a history that reaches into another customer's period on the point", async () => {
    await expect(
      db.supplyPeriod.updateMany({
        where: { customerId: customer, meteringPointId: pointId },
        data: { historyFromDate: new Date("2026-09-15") },
      }),
    ).rejects.toThrow();
    await expect(
      db.supplyPeriod.updateMany({
        where: { customerId: customer, meteringPointId: pointId },
        data: { historyFromDate: new Date("2026-12-11") },
      }),
    ).rejects.toThrow();
  });
});
