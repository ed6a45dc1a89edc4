// The demo cast: five customers, one in each price area, one leaving customer, and the staff. Every national ID is
// synthetic (month + 80); phone numbers and meter numbers are made up.
import type { ContractProduct, PriceArea, Role, UsageType } from "@/generated/prisma/client";

export const DEMO_PASSWORD = "Klarkraft-demo-2026";

export interface DemoConsumptionProfile {
  /** Mean non-heating load (appliances, hot water) in kW. */
  baseKw: number;
  /** Mean heating load in kW at the coldest time of year. */
  heatKw: number;
  /** Share of the winter heating that remains in summer: 0 in the south, more in the north. */
  heatFloor: number;
  /** Day of year (Oslo) when the household leaves on a two-week summer holiday. */
  holidayDoy: number;
}

export interface DemoCustomer {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  street: string;
  postalCode: string;
  city: string;
  birthDate: { y: number; m: number; d: number };
  individualNumber: number;
  priceArea: PriceArea;
  gridCompany: string;
  /** Kommunenummer of the metering point: decides VAT (Nordland, Troms, Finnmark pay none). */
  municipalityNumber: string;
  usageType: UsageType;
  /** The Oslo date the meter started delivering 15-minute values; hourly before. */
  quarterHourlyFrom?: string;
  /** The Oslo date Norgespris started on the metering point (never before 2025-10-01). */
  norgesprisFrom?: string;
  gsrnSerial: number;
  meterNumber: string;
  contract: {
    product: ContractProduct;
    markupOrePerKwh: string;
    monthlyFeeOre: number;
    fixedPriceOrePerKwh?: string;
    /** Fixed-price term in years from the contract start. */
    fixedYears?: number;
  };
  consumption: DemoConsumptionProfile;
}

const SPOT = { product: "SPOT", markupOrePerKwh: "4.9", monthlyFeeOre: 4900 } as const;

export const DEMO_CUSTOMERS: readonly DemoCustomer[] = [
  {
    firstName: "Kari",
    lastName: "Nordmann",
    email: "kari.nordmann@example.com",
    phone: "+47 41583207",
    street: "Kirkeveien 64B",
    postalCode: "0364",
    city: "Oslo",
    birthDate: { y: 1985, m: 3, d: 14 },
    individualNumber: 310,
    priceArea: "NO1",
    gridCompany: "Elvia",
    municipalityNumber: "0301",
    usageType: "HOME",
    // A smart meter that reports quarter hours since the market moved to 15 minutes.
    quarterHourlyFrom: "2025-10-01",
    gsrnSerial: 10_482_731,
    meterNumber: "6970631402187734",
    contract: SPOT,
    // A flat with electric heating: about 9,000 kWh a year.
    consumption: { baseKw: 0.55, heatKw: 0.95, heatFloor: 0, holidayDoy: 186 },
  },
  {
    firstName: "Ola",
    lastName: "Hansen",
    email: "ola.hansen@example.com",
    phone: "+47 47219836",
    street: "Nygårdsgaten 22",
    postalCode: "5015",
    city: "Bergen",
    birthDate: { y: 1978, m: 11, d: 2 },
    individualNumber: 311,
    priceArea: "NO5",
    gridCompany: "BKK",
    municipalityNumber: "4601",
    usageType: "HOME",
    gsrnSerial: 20_917_456,
    meterNumber: "6970631405529018",
    contract: {
      product: "FIXED",
      markupOrePerKwh: "0",
      monthlyFeeOre: 4900,
      fixedPriceOrePerKwh: "79.9",
      fixedYears: 3,
    },
    // A terraced house with a heat pump: about 16,000 kWh.
    consumption: { baseKw: 0.8, heatKw: 2.05, heatFloor: 0, holidayDoy: 193 },
  },
  {
    firstName: "Ingrid",
    lastName: "Johansen",
    email: "ingrid.johansen@example.com",
    phone: "+47 46730592",
    street: "Innherredsveien 45",
    postalCode: "7014",
    city: "Trondheim",
    birthDate: { y: 1991, m: 7, d: 23 },
    individualNumber: 310,
    priceArea: "NO3",
    gridCompany: "Tensio",
    municipalityNumber: "5001",
    usageType: "HOME",
    norgesprisFrom: "2025-10-01",
    gsrnSerial: 30_528_814,
    meterNumber: "6970631403361475",
    contract: SPOT,
    // A detached house: about 18,000 kWh.
    consumption: { baseKw: 0.85, heatKw: 2.4, heatFloor: 0.05, holidayDoy: 200 },
  },
  {
    firstName: "Lars",
    lastName: "Berg",
    email: "lars.berg@example.com",
    phone: "+47 48165273",
    street: "Storgata 98",
    postalCode: "9008",
    city: "Tromsø",
    birthDate: { y: 1969, m: 1, d: 30 },
    individualNumber: 311,
    priceArea: "NO4",
    gridCompany: "Arva",
    // Tromsø, Troms: no VAT on electricity.
    municipalityNumber: "5501",
    usageType: "HOME",
    gsrnSerial: 40_193_377,
    meterNumber: "6970631401874420",
    contract: SPOT,
    // A house in a colder climate: heating all year, about 23,000 kWh.
    consumption: { baseKw: 0.85, heatKw: 2.9, heatFloor: 0.2, holidayDoy: 179 },
  },
  {
    firstName: "Sofie",
    lastName: "Lie",
    email: "sofie.lie@example.com",
    phone: "+47 45902618",
    street: "Dronningens gate 31",
    postalCode: "4610",
    city: "Kristiansand",
    birthDate: { y: 1996, m: 9, d: 5 },
    individualNumber: 310,
    priceArea: "NO2",
    gridCompany: "Glitre Nett",
    municipalityNumber: "4204",
    usageType: "HOME",
    gsrnSerial: 50_764_029,
    meterNumber: "6970631404409361",
    contract: SPOT,
    // A small house: about 12,000 kWh.
    consumption: { baseKw: 0.65, heatKw: 1.45, heatFloor: 0, holidayDoy: 207 },
  },
];

/**
 * A customer whose contract has ended, on the way out: the final invoice is sent, nothing is active,
 * so erasure on Min side (Personvern) goes through. Hourly readings until the supply ended, which the
 * billing run's invoices price.
 */
export const DEMO_LEAVING_CUSTOMER = {
  firstName: "Eirik",
  lastName: "Strand",
  email: "eirik.strand@example.com",
  phone: "+47 48817263",
  street: "Storgata 12",
  postalCode: "0184",
  city: "Oslo",
  birthDate: { y: 1979, m: 11, d: 2 },
  individualNumber: 300,
  priceArea: "NO1",
  gridCompany: "Elvia",
  gsrnSerial: 10_593_118,
  meterNumber: "6970631402299871",
  municipalityNumber: "0301",
  usageType: "HOME",
  contract: SPOT,
  // A flat in town: about 6,500 kWh.
  consumption: { baseKw: 0.5, heatKw: 0.8, heatFloor: 0, holidayDoy: 200 },
} as const satisfies DemoCustomer;

/**
 * The demo staff's authenticator-app secret (base32), published in the README so the demo works
 * without a phone: `npm run totp` prints the current code. Never a secret of a real account.
 */
export const DEMO_TOTP_SECRET = "KLARKRAFTDEMOTOTPSECRETFORSTAFF7";

export interface DemoStaff {
  name: string;
  email: string;
  role: Extract<Role, "SUPPORT" | "ADMIN">;
  /** Whether the authenticator app is already set up, with DEMO_TOTP_SECRET. */
  totp: boolean;
}

export const DEMO_STAFF: readonly DemoStaff[] = [
  { name: "Siri Support", email: "kundeservice@example.com", role: "SUPPORT", totp: true },
  { name: "Arne Admin", email: "admin@example.com", role: "ADMIN", totp: true },
  // New in customer service: her first sign-in shows how staff set up the app.
  { name: "Nina Nyansatt", email: "nyansatt@example.com", role: "SUPPORT", totp: false },
];
