import "server-only";
// One contract's days of a month, priced by the one cost function exactly as Forbruk prices them
// (costOfPeriod), and whether the month is complete enough to invoice.
import {
  costOfPeriod,
  coveredHours,
  expectedSupplyHours,
  pricingInputs,
} from "@/features/consumption/server";
import { intersect } from "@/features/pricing";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { placeName } from "@/platform/format/place-name";
import { addDays, daysBetween, daysInMonth, osloMidnight } from "@/platform/time/oslo-calendar";
import { heldReason } from "../domain/billing-period";
import { type InvoiceAmounts, invoiceAmounts } from "../domain/invoice-lines";
import type { InvoiceParty } from "./issue-invoice";

/** What the run reads about a contract to bill it (one statement for all of a month's contracts). */
export const BILLED_CONTRACT = {
  id: true,
  customerId: true,
  meteringPointId: true,
  startDate: true,
  endDate: true,
  product: true,
  markupOrePerKwh: true,
  monthlyFeeOre: true,
  fixedPriceOrePerKwh: true,
  customer: {
    select: {
      customerNumber: true,
      firstName: true,
      lastName: true,
      street: true,
      postalCode: true,
      city: true,
    },
  },
  meteringPoint: { select: { gsrn: true, street: true, postalCode: true, city: true } },
} satisfies Prisma.ContractSelect;

export type BilledContract = Prisma.ContractGetPayload<{ select: typeof BILLED_CONTRACT }>;

export type ContractMonth =
  | { kind: "nothing" }
  | { kind: "held"; reason: string }
  | { kind: "ready"; party: InvoiceParty; amounts: InvoiceAmounts };

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The contract's priced month, held back when readings or prices are missing, or nothing to bill. */
export async function priceContractMonth(
  contract: BilledContract,
  month: { from: string; to: string },
  sql: Pick<Prisma.TransactionClient, "$queryRaw" | "supplyPeriod"> = db,
): Promise<ContractMonth> {
  const span = intersect(
    { from: isoDate(contract.startDate), to: contract.endDate ? isoDate(contract.endDate) : null },
    month,
  );
  if (!span?.to) return { kind: "nothing" };
  const days = { from: span.from, to: span.to };
  const inputs = await pricingInputs(sql, contract.customerId, contract.meteringPointId);
  if (!inputs) return { kind: "nothing" };
  const expectedHours = expectedSupplyHours(inputs, days.from, days.to);
  if (expectedHours === 0) return { kind: "nothing" };
  const scope = {
    customerId: contract.customerId,
    meteringPointId: contract.meteringPointId,
    from: osloMidnight(days.from),
    to: osloMidnight(days.to),
  };
  const [cost, covered] = await Promise.all([
    costOfPeriod(sql, contract.customerId, inputs, days.from, days.to),
    coveredHours(sql, scope),
  ]);
  const priced = cost.months.find((m) => m.month === month.from.slice(0, 7));
  const held = heldReason({
    expectedHours,
    coveredHours: covered,
    unpricedKwh: priced?.unpricedKwh ?? "0",
  });
  if (held) return { kind: "held", reason: held };
  if (!priced) return { kind: "nothing" };
  const [y, m] = month.from.split("-").map(Number) as [number, number];
  const suppliedDays = inputs.supply.reduce((sum, s) => {
    const overlap = intersect(s, days);
    return overlap ? sum + daysBetween(overlap.from, overlap.to ?? days.to) : sum;
  }, 0);
  const amounts = invoiceAmounts(
    priced,
    {
      product: contract.product,
      markupOrePerKwh: contract.markupOrePerKwh.toString(),
      monthlyFeeOre: contract.monthlyFeeOre,
      fixedPriceOrePerKwh: contract.fixedPriceOrePerKwh?.toString() ?? null,
    },
    { supplied: suppliedDays, inMonth: daysInMonth(y, m) },
  );
  return { kind: "ready", party: partyOf(contract, days), amounts };
}

function partyOf(contract: BilledContract, days: { from: string; to: string }): InvoiceParty {
  const { customer, meteringPoint: point } = contract;
  return {
    customerId: contract.customerId,
    customerNumber: customer.customerNumber,
    contractId: contract.id,
    gsrn: point.gsrn,
    deliveryAddress: `${point.street}, ${point.postalCode} ${placeName(point.city)}`,
    buyerName: `${customer.firstName} ${customer.lastName}`,
    buyerStreet: customer.street,
    buyerPostalCode: customer.postalCode,
    buyerCity: customer.city,
    periodStart: days.from,
    periodEnd: addDays(days.to, -1),
  };
}
