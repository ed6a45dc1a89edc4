import "server-only";
import { z } from "zod";
import { contractStatusOn } from "@/features/contracts";
import { supplyingContracts } from "@/features/contracts/server";
import { inDatePeriod } from "@/features/pricing";
import type { ContractProduct, ContractStatus, CustomerStatus, PriceArea } from "@/generated/prisma/client";
import { db } from "@/platform/db";
import { decimalText, kronerText } from "@/platform/format/display";
import { osloDate } from "@/platform/time/oslo-calendar";

export interface OverviewContract {
  id: string;
  product: "Spotpris" | "Fastpris";
  /** The metering point has the state's Norgespris today. */
  norgespris: boolean;
  /** Delivering now; otherwise waiting for the supplier switch to go through. */
  active: boolean;
  status: string;
  /** e.g. "4,90 øre/kWh", excl. VAT. */
  markup: string;
  /** e.g. "49,00 kr". */
  monthlyFee: string;
  /** Only for fixed price: "89,90 øre/kWh" and the date it holds until. */
  fixedPrice: string | null;
  fixedUntil: DisplayDate | null;
  startDate: DisplayDate;
  meteringPoint: {
    gsrn: string;
    meterNumber: string;
    address: string;
    priceArea: string;
    gridCompany: string;
  };
}

export interface DisplayDate {
  /** yyyy-mm-dd for <time dateTime>. */
  iso: string;
  /** "1. januar 2025" */
  text: string;
}

export interface CustomerOverview {
  name: string;
  customerNumber: string;
  status: string;
  contracts: OverviewContract[];
}

const PRODUCT_NAMES: Record<ContractProduct, OverviewContract["product"]> = {
  SPOT: "Spotpris",
  FIXED: "Fastpris",
};

const CONTRACT_STATUS_NAMES: Record<ContractStatus, string> = {
  PENDING: "Under oppstart",
  ACTIVE: "Aktiv",
  TERMINATED: "Avsluttet",
};

const CUSTOMER_STATUS_NAMES: Record<CustomerStatus, string> = {
  ACTIVE: "Aktiv kunde",
  ENDED: "Kundeforholdet er avsluttet",
};

const PRICE_AREA_NAMES: Record<PriceArea, string> = {
  NO1: "NO1 Øst",
  NO2: "NO2 Sør",
  NO3: "NO3 Midt",
  NO4: "NO4 Nord",
  NO5: "NO5 Vest",
};

const longDate = new Intl.DateTimeFormat("nb-NO", { dateStyle: "long", timeZone: "UTC" });

/** Calendar dates (@db.Date) arrive as UTC midnight: format them in UTC so they never shift a day. */
function displayDate(date: Date): DisplayDate {
  return { iso: date.toISOString().slice(0, 10), text: longDate.format(date) };
}

/**
 * What the customer sees on Min side's front page: their name, customer number and current
 * contracts with metering points. Ended contracts belong on the contract page, not here.
 * Returns null when there is no such customer.
 */
export async function getCustomerOverview(customerId: string): Promise<CustomerOverview | null> {
  if (!z.uuid().safeParse(customerId).success) return null;
  const today = osloDate(new Date());
  const customer = await db.customer.findUnique({
    where: { id: customerId },
    select: {
      firstName: true,
      lastName: true,
      customerNumber: true,
      status: true,
      contracts: {
        where: supplyingContracts(today),
        orderBy: { startDate: "asc" },
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
          meteringPoint: {
            select: {
              gsrn: true,
              meterNumber: true,
              street: true,
              postalCode: true,
              city: true,
              priceArea: true,
              gridCompany: true,
              norgesprisPeriods: { select: { fromDate: true, toDate: true } },
            },
          },
        },
      },
    },
  });
  if (!customer) return null;

  return {
    name: `${customer.firstName} ${customer.lastName}`,
    customerNumber: String(customer.customerNumber),
    status: CUSTOMER_STATUS_NAMES[customer.status],
    contracts: customer.contracts.map((contract) => {
      const point = contract.meteringPoint;
      return {
        id: contract.id,
        product: PRODUCT_NAMES[contract.product],
        norgespris: point.norgesprisPeriods.some((p) => inDatePeriod(p, today)),
        active: contractStatusOn(contract, today) === "ACTIVE",
        status: CONTRACT_STATUS_NAMES[contractStatusOn(contract, today)],
        markup: `${decimalText(contract.markupOrePerKwh)} øre/kWh`,
        monthlyFee: kronerText(contract.monthlyFeeOre),
        fixedPrice:
          contract.product === "FIXED" && contract.fixedPriceOrePerKwh
            ? `${decimalText(contract.fixedPriceOrePerKwh)} øre/kWh`
            : null,
        fixedUntil:
          contract.product === "FIXED" && contract.fixedUntil ? displayDate(contract.fixedUntil) : null,
        startDate: displayDate(contract.startDate),
        meteringPoint: {
          gsrn: point.gsrn,
          meterNumber: point.meterNumber,
          address: `${point.street}, ${point.postalCode} ${point.city}`,
          priceArea: PRICE_AREA_NAMES[point.priceArea],
          gridCompany: point.gridCompany,
        },
      };
    }),
  };
}
