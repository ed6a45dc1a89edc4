import "server-only";
// The customer's contracts and their history, for the contract page. Every query is scoped by the
// customer.
import { markNoticesRead } from "@/features/notices/server";
import { fromDbDates, inDatePeriod, isVatExempt, vatBasisPointsOn } from "@/features/pricing";
import type { ContractProduct, ContractStatus, UsageType } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { placeName } from "@/platform/format/place-name";
import { isUuid } from "@/platform/identifiers/uuid";
import { osloDate } from "@/platform/time/oslo-calendar";
import { contractStatusOn } from "../domain/contract-status";

/** The contract page, where notices about contract changes lead. */
export const CONTRACT_PAGE = "/min-side/avtale";

export interface ContractView {
  id: string;
  product: ContractProduct;
  status: ContractStatus;
  markupOrePerKwh: string;
  monthlyFeeOre: number;
  fixedPriceOrePerKwh: string | null;
  fixedUntil: string | null;
  startDate: string;
  endDate: string | null;
  /** The version of Avtalevilkår accepted; null: concluded before the terms had versions. */
  termsVersion: string | null;
  /** Current: not ended before today. */
  current: boolean;
  /**
   * Why it ends: the customer's next contract starts on its end date on the same metering point
   * (product change) or on another (a move); without a successor it was terminated.
   */
  endedBy: "product-change" | "move" | "termination" | "withdrawal" | null;
  /** When the customer withdrew from it (angrerett). */
  withdrawnAt: Date | null;
  /** The Oslo date the customer concluded it: the withdrawal period counts from here. */
  concludedOn: string;
  /** The customer asked for supply to start within the withdrawal period. */
  startDuringWithdrawalPeriod: boolean;
  meteringPointId: string;
  meteringPoint: {
    gsrn: string;
    address: string;
    priceArea: string;
    gridCompany: string;
    usageType: UsageType;
    vatExempt: boolean;
    /** The date Norgespris started, when it applies today. */
    norgesprisSince: string | null;
  };
}

export interface ContractsPage {
  today: string;
  vatBasisPoints: number;
  contracts: ContractView[];
}

/** The contract page's data; opening the page reads the notices that point to it (a registered move). */
export async function getContracts(customerId: string, now = new Date()): Promise<ContractsPage | null> {
  const page = await listContracts(customerId, now);
  if (page) await markNoticesRead(customerId, CONTRACT_PAGE);
  return page;
}

/** The customer's contracts, newest first, without touching their notices (the personal API reads this). */
export async function listContracts(customerId: string, now = new Date()): Promise<ContractsPage | null> {
  if (!isUuid(customerId)) return null;
  const today = osloDate(now);
  const contracts = await db.contract.findMany({
    where: { customerId },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      product: true,
      status: true,
      markupOrePerKwh: true,
      monthlyFeeOre: true,
      fixedPriceOrePerKwh: true,
      fixedUntil: true,
      startDate: true,
      endDate: true,
      withdrawnAt: true,
      concludedAt: true,
      startDuringWithdrawalPeriod: true,
      termsVersion: true,
      meteringPointId: true,
      meteringPoint: {
        select: {
          gsrn: true,
          street: true,
          postalCode: true,
          city: true,
          priceArea: true,
          gridCompany: true,
          usageType: true,
          municipalityNumber: true,
          norgesprisPeriods: { select: { fromDate: true, toDate: true } },
        },
      },
    },
  });
  const date = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
  const endedBy = (c: (typeof contracts)[number]): ContractView["endedBy"] => {
    const end = date(c.endDate);
    if (end === null) return null;
    if (c.withdrawnAt) return "withdrawal";
    const next = contracts.find((n) => n.id !== c.id && date(n.startDate) === end);
    if (!next) return "termination";
    return next.meteringPointId === c.meteringPointId ? "product-change" : "move";
  };
  return {
    today,
    vatBasisPoints: vatBasisPointsOn(today),
    contracts: contracts.map((c) => {
      const point = c.meteringPoint;
      const norgespris = point.norgesprisPeriods.map(fromDbDates).find((p) => inDatePeriod(p, today));
      const endDate = date(c.endDate);
      return {
        id: c.id,
        product: c.product,
        status: contractStatusOn(c, today),
        markupOrePerKwh: c.markupOrePerKwh.toString(),
        monthlyFeeOre: c.monthlyFeeOre,
        fixedPriceOrePerKwh: c.fixedPriceOrePerKwh?.toString() ?? null,
        fixedUntil: date(c.fixedUntil),
        startDate: date(c.startDate) ?? "",
        endDate,
        termsVersion: c.termsVersion,
        current: contractStatusOn(c, today) !== "TERMINATED",
        endedBy: endedBy(c),
        withdrawnAt: c.withdrawnAt,
        concludedOn: osloDate(c.concludedAt),
        startDuringWithdrawalPeriod: c.startDuringWithdrawalPeriod,
        meteringPointId: c.meteringPointId,
        meteringPoint: {
          gsrn: point.gsrn,
          address: `${point.street}, ${point.postalCode} ${placeName(point.city)}`,
          priceArea: point.priceArea,
          gridCompany: point.gridCompany,
          usageType: point.usageType,
          vatExempt: isVatExempt(point.municipalityNumber),
          norgesprisSince: norgespris?.from ?? null,
        },
      };
    }),
  };
}
