// Customers to bill: a metering point in a price area, supply and a contract from a date, hourly readings
// and the area's quarter-hour spot prices over a span, each a plain rule a test can sum by hand.
import { db } from "@/platform/db";
import { osloMidnight } from "@/platform/time/oslo-calendar";
import {
  type ContractOverrides,
  createContract,
  createCustomer,
  createMeteringPoint,
  createSupplyPeriod,
} from "./factories";
import { ensureReadingMonths } from "./reading-months";

const HOUR = 3_600_000;
type Area = "NO1" | "NO2" | "NO3" | "NO4" | "NO5";

/** The area's price for every quarter of [from, to) Oslo dates: `price(hour index)` øre/kWh. */
export async function spotPrices(area: Area, from: string, to: string, price: (hour: number) => string) {
  const start = osloMidnight(from).getTime();
  const hours = (osloMidnight(to).getTime() - start) / HOUR;
  await db.spotPrice.createMany({
    data: Array.from({ length: hours * 4 }, (_, q) => ({
      priceArea: area,
      intervalStart: new Date(start + (q * HOUR) / 4),
      resolution: "PT15M" as const,
      priceOrePerKwh: price(Math.floor(q / 4)),
    })),
    skipDuplicates: true,
  });
}

/** Hourly readings over [from, to) Oslo dates: `kwh(hour index)`, an hour left out where it gives null. */
export async function hourlyReadings(
  meteringPointId: string,
  from: string,
  to: string,
  kwh: (hour: number) => string | null,
) {
  const start = osloMidnight(from).getTime();
  const hours = (osloMidnight(to).getTime() - start) / HOUR;
  const data = Array.from({ length: hours }, (_, h) => ({ h, kwh: kwh(h) }))
    .filter((r): r is { h: number; kwh: string } => r.kwh !== null)
    .map(({ h, kwh: value }) => ({
      meteringPointId,
      intervalStart: new Date(start + h * HOUR),
      resolution: "PT1H" as const,
      kwh: value,
    }));
  await ensureReadingMonths(data.map((row) => row.intervalStart));
  await db.consumptionReading.createMany({ data });
}

/** A customer supplied on a new point from `from`, with a contract on `contract`'s terms. */
export async function billedCustomer(options: {
  name: string;
  area: Area;
  municipalityNumber?: string;
  from: string;
  contract?: ContractOverrides;
}) {
  const customer = await createCustomer({ firstName: options.name, lastName: "Faktura" });
  const point = await createMeteringPoint(customer.id, {
    priceArea: options.area,
    municipalityNumber: options.municipalityNumber ?? "0301",
    street: "Strømgata 7",
    postalCode: "0150",
    city: "OSLO",
  });
  await createSupplyPeriod(customer.id, point.id, options.from);
  const contract = await createContract(customer.id, point.id, {
    startDate: new Date(options.from),
    ...options.contract,
  });
  return { customerId: customer.id, customerNumber: customer.customerNumber, point, contractId: contract.id };
}
