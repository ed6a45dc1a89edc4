import "server-only";
import { contractStatusOn } from "@/features/contracts";
import { supplyingContracts } from "@/features/contracts/server";
import { inDatePeriod } from "@/features/pricing";
import { db } from "@/platform/db";
import type { ContractProduct, ContractStatus, CustomerStatus, PriceArea } from "@/platform/format/labels";
import { placeName } from "@/platform/format/place-name";
import { isUuid } from "@/platform/identifiers/uuid";
import { osloDate } from "@/platform/time/oslo-calendar";

/** A current contract in codes, numbers and dates: the page words them. */
export interface OverviewContract {
  id: string;
  product: ContractProduct;
  /** The metering point has the state's Norgespris today. */
  norgespris: boolean;
  /** As the dates give it today; only ACTIVE is delivering, PENDING waits for the supplier switch. */
  status: ContractStatus;
  /** Øre per kWh excl. VAT, as an exact decimal string ("4.9"). */
  markupOrePerKwh: string;
  /** Whole øre excl. VAT. */
  monthlyFeeOre: number;
  /** Fixed price only: øre per kWh excl. VAT (exact decimal string) and the date it holds until. */
  fixedPriceOrePerKwh: string | null;
  /** Calendar dates (@db.Date) at UTC midnight. */
  fixedUntil: Date | null;
  startDate: Date;
  meteringPoint: {
    gsrn: string;
    meterNumber: string;
    address: string;
    priceArea: PriceArea;
    gridCompany: string;
  };
}

export interface CustomerOverview {
  name: string;
  customerNumber: number;
  status: CustomerStatus;
  contracts: OverviewContract[];
}

/**
 * What the customer sees on Min side's front page: their name, customer number and current
 * contracts with metering points. Ended contracts belong on the contract page, not here.
 * Returns null when there is no such customer.
 */
export async function getCustomerOverview(customerId: string): Promise<CustomerOverview | null> {
  if (!isUuid(customerId)) return null;
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
    customerNumber: customer.customerNumber,
    status: customer.status,
    contracts: customer.contracts.map((contract) => {
      const point = contract.meteringPoint;
      return {
        id: contract.id,
        product: contract.product,
        norgespris: point.norgesprisPeriods.some((p) => inDatePeriod(p, today)),
        status: contractStatusOn(contract, today),
        markupOrePerKwh: contract.markupOrePerKwh.toString(),
        monthlyFeeOre: contract.monthlyFeeOre,
        fixedPriceOrePerKwh:
          contract.product === "FIXED" && contract.fixedPriceOrePerKwh
            ? contract.fixedPriceOrePerKwh.toString()
            : null,
        fixedUntil: contract.product === "FIXED" ? contract.fixedUntil : null,
        startDate: contract.startDate,
        meteringPoint: {
          gsrn: point.gsrn,
          meterNumber: point.meterNumber,
          address: `${point.street}, ${point.postalCode} ${placeName(point.city)}`,
          priceArea: point.priceArea,
          gridCompany: point.gridCompany,
        },
      };
    }),
  };
}
