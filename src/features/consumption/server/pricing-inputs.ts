import "server-only";
// What the cost function needs about the customer's metering points: their own supply periods, their
// contracts' terms, Norgespris periods, usage type and municipality (for VAT).
import { type ContractTerms, type DatePeriod, fromDbDates, intersect } from "@/features/pricing";
import type { Prisma, UsageType } from "@/generated/prisma/client";
import { placeName } from "@/platform/format/place-name";

export interface PricingInputs {
  meteringPoint: {
    id: string;
    gsrn: string;
    priceArea: string;
    usageType: UsageType;
    municipalityNumber: string | null;
  };
  /** The customer's own supply periods on the point, oldest first. */
  supply: DatePeriod[];
  /**
   * Their own consumption before a supply period began (Elhub's history at sign-up), oldest first: theirs
   * to see, but no contract of ours covers it, so the cost function never prices it as supply.
   */
  history: DatePeriod[];
  contracts: ContractTerms[];
  norgespris: DatePeriod[];
}

/** One of the customer's metering points as the Forbruk page lists it. */
export interface OwnMeteringPoint {
  id: string;
  gsrn: string;
  address: string;
}

/**
 * The customer's metering points (those with a supply period of theirs, newest supply first), each with
 * what the cost function needs about it: one query for the whole page, not one per question.
 */
export async function ownPointsWithPricing(
  sql: Pick<Prisma.TransactionClient, "supplyPeriod">,
  customerId: string,
): Promise<{ point: OwnMeteringPoint; inputs: PricingInputs }[]> {
  const periods = await sql.supplyPeriod.findMany({
    where: { customerId },
    orderBy: { fromDate: "desc" },
    select: {
      fromDate: true,
      toDate: true,
      historyFromDate: true,
      meteringPoint: {
        select: {
          id: true,
          gsrn: true,
          street: true,
          postalCode: true,
          city: true,
          priceArea: true,
          usageType: true,
          municipalityNumber: true,
          norgesprisPeriods: { orderBy: { fromDate: "asc" }, select: { fromDate: true, toDate: true } },
          contracts: {
            // Every status: a contract's dates say which days its terms price, even before the daily
            // status job has activated one that starts today.
            where: { customerId },
            orderBy: { startDate: "asc" },
            select: {
              product: true,
              markupOrePerKwh: true,
              monthlyFeeOre: true,
              fixedPriceOrePerKwh: true,
              startDate: true,
              endDate: true,
            },
          },
        },
      },
    },
  });
  const found = new Map<string, { point: OwnMeteringPoint; inputs: PricingInputs }>();
  for (const { meteringPoint: p } of periods) {
    if (found.has(p.id)) continue;
    const own = periods.filter((s) => s.meteringPoint.id === p.id).reverse();
    found.set(p.id, {
      point: { id: p.id, gsrn: p.gsrn, address: `${p.street}, ${p.postalCode} ${placeName(p.city)}` },
      inputs: {
        meteringPoint: {
          id: p.id,
          gsrn: p.gsrn,
          priceArea: p.priceArea,
          usageType: p.usageType,
          municipalityNumber: p.municipalityNumber,
        },
        supply: own.map(fromDbDates),
        history: own.flatMap((s) =>
          s.historyFromDate ? [fromDbDates({ fromDate: s.historyFromDate, toDate: s.fromDate })] : [],
        ),
        norgespris: p.norgesprisPeriods.map(fromDbDates),
        contracts: p.contracts.map((c) => ({
          ...fromDbDates({ fromDate: c.startDate, toDate: c.endDate }),
          product: c.product,
          markupOrePerKwh: c.markupOrePerKwh.toString(),
          monthlyFeeOre: c.monthlyFeeOre,
          fixedPriceOrePerKwh: c.fixedPriceOrePerKwh?.toString() ?? null,
        })),
      },
    });
  }
  return [...found.values()];
}

/**
 * What the cost function needs about one of the customer's metering points, or null when the customer
 * has never been supplied on it (the caller answers 404: another customer's point does not exist here).
 */
export async function pricingInputs(
  sql: Pick<Prisma.TransactionClient, "supplyPeriod">,
  customerId: string,
  meteringPointId: string,
): Promise<PricingInputs | null> {
  const own = await ownPointsWithPricing(sql, customerId);
  return own.find((o) => o.point.id === meteringPointId)?.inputs ?? null;
}

/** The contracts cut to the customer's supply periods: a fee is owed only for days of supply. */
export function supplyContracts(inputs: PricingInputs): ContractTerms[] {
  return inputs.contracts.flatMap((c) =>
    inputs.supply.flatMap((s) => {
      const overlap = intersect(c, s);
      return overlap ? [{ ...c, ...overlap }] : [];
    }),
  );
}
