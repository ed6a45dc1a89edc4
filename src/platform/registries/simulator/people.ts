import "server-only";
// The simulator's synthetic population: every national ID is a synthetic number (month + 80), every
// metering point a GSRN with a valid GS1 check digit that no real meter has. Named people drive each
// onboarding outcome (the README lists them); a generated crowd makes the register "dozens" deep; the
// portal's demo customers are here too, so that their numbers are found (and get "logg inn i stedet").
import { gsrnCheckDigit, norwegianGsrn } from "@/platform/identifiers/gsrn";
import { syntheticNationalId } from "@/platform/identifiers/national-id";
import { DEMO_CUSTOMERS } from "../../../../prisma/seed/people";
import type { SimulatorFault } from "./faults";

export type SimulatedApi = "folkeregister" | "elhub" | "experian";

export interface Place {
  postalCode: string;
  city: string;
  municipalityNumber: string;
  priceArea: "NO1" | "NO2" | "NO3" | "NO4" | "NO5";
  gridCompany: string;
  gridArea: string;
}

// Grid companies and areas as they are in each town; GLNs are made by gln() below, never real ones.
export const PLACES = {
  oslo: {
    postalCode: "0182",
    city: "OSLO",
    municipalityNumber: "0301",
    priceArea: "NO1",
    gridCompany: "Elvia",
    gridArea: "50Y0000000000101",
  },
  bergen: {
    postalCode: "5003",
    city: "BERGEN",
    municipalityNumber: "4601",
    priceArea: "NO5",
    gridCompany: "BKK",
    gridArea: "50Y0000000000105",
  },
  trondheim: {
    postalCode: "7010",
    city: "TRONDHEIM",
    municipalityNumber: "5001",
    priceArea: "NO3",
    gridCompany: "Tensio",
    gridArea: "50Y0000000000103",
  },
  tromso: {
    postalCode: "9008",
    city: "TROMSØ",
    municipalityNumber: "5501",
    priceArea: "NO4",
    gridCompany: "Arva",
    gridArea: "50Y0000000000104",
  },
  bodo: {
    postalCode: "8006",
    city: "BODØ",
    municipalityNumber: "1804",
    priceArea: "NO4",
    gridCompany: "Arva",
    gridArea: "50Y0000000000114",
  },
  stavanger: {
    postalCode: "4006",
    city: "STAVANGER",
    municipalityNumber: "1103",
    priceArea: "NO2",
    gridCompany: "Lnett",
    gridArea: "50Y0000000000102",
  },
  kristiansand: {
    postalCode: "4610",
    city: "KRISTIANSAND S",
    municipalityNumber: "4204",
    priceArea: "NO2",
    gridCompany: "Glitre Nett",
    gridArea: "50Y0000000000112",
  },
  drammen: {
    postalCode: "3015",
    city: "DRAMMEN",
    municipalityNumber: "3301",
    priceArea: "NO1",
    gridCompany: "Glitre Nett",
    gridArea: "50Y0000000000111",
  },
} as const satisfies Record<string, Place>;

export interface SyntheticMeteringPoint {
  gsrn: string;
  meterNumber: string;
  streetName: string;
  buildingNumber: string;
  place: Place;
  resolution: "PT15M" | "PT1H";
  /** Mean load in kW: sets the size of the synthetic history. */
  meanKw: number;
  /** Elhub says no supplier switch may be registered on it now. */
  blockedForSwitching?: boolean;
  /** Physically disconnected (E23) rather than connected (E22). */
  disconnected?: boolean;
  /** A fault every search that finds this point meets. */
  fault?: SimulatorFault;
}

export interface SyntheticPerson {
  nationalId: string;
  firstName: string;
  middleName?: string;
  lastName: string;
  birthDate: string;
  status: "bosatt" | "utflyttet" | "doed";
  streetName: string;
  buildingNumber: string;
  place: Place;
  /** Experian's score (0–100), null with a credit block. */
  score: number | null;
  openPaymentRemarks: number;
  meteringPoints: SyntheticMeteringPoint[];
  /** Vacant dwellings' points Elhub also finds under this person's number: where they can move to. */
  moveTargets?: readonly SyntheticMeteringPoint[];
  /** A fault this person always meets at one API. */
  faults?: Partial<Record<SimulatedApi, SimulatorFault>>;
  /** What trying this person in "Bli kunde" shows (README, tests). */
  outcome: string;
}

/** A GLN (13 digits, GS1 check digit) from a serial: made-up party numbers for grid companies. */
function gln(serial: number): string {
  const first12 = `70800${String(serial).padStart(7, "0")}`;
  // GS1 mod-10 is the same for every length: reuse the GSRN routine on a zero-padded 17 digits.
  return `${first12}${gsrnCheckDigit(first12.padStart(17, "0"))}`;
}

export function gridCompanyGln(place: Place): string {
  return gln(Number(place.gridArea.slice(-3)));
}

/** The first individual number from `from` that makes a valid number for the date. */
function nationalIdFor(date: string, from: number, options: { dNumber?: boolean } = {}): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  for (let individual = from; individual < from + 50; individual++) {
    try {
      return syntheticNationalId({ y, m, d }, individual, options);
    } catch {
      // no valid control digit for this individual number: try the next
    }
  }
  throw new RangeError(`No synthetic number for ${date}`);
}

function point(
  serial: number,
  streetName: string,
  buildingNumber: string,
  place: Place,
  options: { resolution?: "PT15M" | "PT1H"; meanKw?: number } = {},
): SyntheticMeteringPoint {
  return {
    gsrn: norwegianGsrn(serial),
    meterNumber: `69706314${String(serial).padStart(8, "0")}`,
    streetName,
    buildingNumber,
    place,
    resolution: options.resolution ?? "PT1H",
    meanKw: options.meanKw ?? 1.1,
  };
}

type PersonSpec = Omit<SyntheticPerson, "nationalId" | "meteringPoints" | "status" | "openPaymentRemarks"> &
  Partial<Pick<SyntheticPerson, "status" | "openPaymentRemarks">> & {
    individual: number;
    dNumber?: boolean;
    meteringPoints?: SyntheticMeteringPoint[];
    serial?: number;
  };

function person(spec: PersonSpec): SyntheticPerson {
  const { individual, dNumber, serial, ...rest } = spec;
  return {
    status: "bosatt",
    openPaymentRemarks: 0,
    ...rest,
    nationalId: nationalIdFor(spec.birthDate, individual, { dNumber }),
    meteringPoints:
      spec.meteringPoints ??
      (serial === undefined ? [] : [point(serial, spec.streetName, spec.buildingNumber, spec.place)]),
  };
}

/** The people the README and the tests name, one or more per onboarding outcome. */
export const NAMED_PEOPLE = {
  approved: person({
    firstName: "Glad",
    lastName: "Elefant",
    birthDate: "1984-05-17",
    individual: 120,
    streetName: "Eksempelveien",
    buildingNumber: "12B",
    place: PLACES.oslo,
    score: 82,
    serial: 60_000_011,
    outcome: "Godkjent kredittsjekk: blir kunde",
  }),
  approvedNorth: person({
    firstName: "Snill",
    middleName: "Blå",
    lastName: "Hvalross",
    birthDate: "1972-11-03",
    individual: 130,
    streetName: "Storgata",
    buildingNumber: "40",
    place: PLACES.tromso,
    score: 71,
    meteringPoints: [point(60_000_022, "Storgata", "40", PLACES.tromso, { meanKw: 1.6 })],
    outcome: "Godkjent; mellomnavn i registeret, målepunkt i Tromsø (uten mva.)",
  }),
  approvedQuarterHourly: person({
    firstName: "Modig",
    lastName: "Ørret",
    birthDate: "1990-02-28",
    individual: 140,
    streetName: "Bryggen",
    buildingNumber: "7",
    place: PLACES.bergen,
    score: 64,
    meteringPoints: [point(60_000_033, "Bryggen", "7", PLACES.bergen, { resolution: "PT15M", meanKw: 0.9 })],
    outcome: "Godkjent; målepunkt med kvartersverdier",
  }),
  approvedTwoPoints: person({
    firstName: "Travel",
    lastName: "Gaupe",
    birthDate: "1966-08-21",
    individual: 150,
    streetName: "Munkegata",
    buildingNumber: "3",
    place: PLACES.trondheim,
    score: 90,
    meteringPoints: [
      point(60_000_044, "Munkegata", "3", PLACES.trondheim),
      point(60_000_055, "Munkegata", "3", PLACES.trondheim, { meanKw: 0.4 }),
    ],
    outcome: "Godkjent; to målepunkter på adressen, personen velger",
  }),
  approvedDNumber: person({
    firstName: "Stille",
    lastName: "Måke",
    birthDate: "1988-04-12",
    individual: 160,
    dNumber: true,
    streetName: "Kirkegata",
    buildingNumber: "15",
    place: PLACES.stavanger,
    score: 58,
    serial: 60_000_066,
    outcome: "Godkjent med D-nummer",
  }),
  manualReview: person({
    firstName: "Nøktern",
    lastName: "Rev",
    birthDate: "1979-01-09",
    individual: 170,
    streetName: "Torget",
    buildingNumber: "2",
    place: PLACES.bodo,
    score: 15,
    serial: 60_000_077,
    outcome: "Manuell vurdering (lav score)",
  }),
  manualReviewRemark: person({
    firstName: "Forsiktig",
    lastName: "Elg",
    birthDate: "1995-12-24",
    individual: 180,
    streetName: "Bragernes torg",
    buildingNumber: "4",
    place: PLACES.drammen,
    score: 55,
    openPaymentRemarks: 1,
    serial: 60_000_088,
    outcome: "Manuell vurdering (åpen betalingsanmerkning)",
  }),
  declined: person({
    firstName: "Uheldig",
    lastName: "Bjørn",
    birthDate: "1981-03-30",
    individual: 190,
    streetName: "Markens gate",
    buildingNumber: "20",
    place: PLACES.kristiansand,
    score: 6,
    serial: 60_000_099,
    outcome: "Avslått av kredittsjekken: kan be om vurdering av en person",
  }),
  creditBlocked: person({
    firstName: "Sperret",
    lastName: "Ugle",
    birthDate: "1970-06-06",
    individual: 200,
    streetName: "Eksempelveien",
    buildingNumber: "30",
    place: PLACES.oslo,
    score: null,
    serial: 60_000_101,
    outcome: "Kredittsperre: ingen automatisk avgjørelse, går til manuell vurdering",
  }),
  deceased: person({
    firstName: "Stille",
    lastName: "Sel",
    birthDate: "1940-10-10",
    individual: 210,
    status: "doed",
    streetName: "Eksempelveien",
    buildingNumber: "5",
    place: PLACES.oslo,
    score: 50,
    serial: 60_000_112,
    outcome: "Registrert som død i Folkeregisteret",
  }),
  emigrated: person({
    firstName: "Reisende",
    lastName: "Lundefugl",
    birthDate: "1992-07-01",
    individual: 220,
    status: "utflyttet",
    streetName: "Strandkaien",
    buildingNumber: "9",
    place: PLACES.bergen,
    score: 50,
    outcome: "Utflyttet ifølge Folkeregisteret",
  }),
  noMeteringPoint: person({
    firstName: "Ny",
    lastName: "Kråke",
    birthDate: "1999-09-19",
    individual: 230,
    streetName: "Olav Tryggvasons gate",
    buildingNumber: "11",
    place: PLACES.trondheim,
    score: 70,
    outcome: "Finnes ikke i Elhub: prøv målernummer eller kontakt oss",
  }),
  slowRegister: person({
    firstName: "Treg",
    lastName: "Snegle",
    birthDate: "1975-04-04",
    individual: 240,
    streetName: "Eksempelveien",
    buildingNumber: "44",
    place: PLACES.oslo,
    score: 66,
    serial: 60_000_123,
    faults: { folkeregister: "slow" },
    outcome: "Folkeregisteret svarer sakte, men svarer",
  }),
  registerDown: person({
    firstName: "Borte",
    lastName: "Tåke",
    birthDate: "1986-02-14",
    individual: 250,
    streetName: "Eksempelveien",
    buildingNumber: "46",
    place: PLACES.oslo,
    score: 66,
    serial: 60_000_134,
    faults: { folkeregister: "timeout" },
    outcome: "Folkeregisteret svarer aldri: søknaden står, prøv igjen",
  }),
  minor: person({
    firstName: "Ung",
    lastName: "Kalv",
    birthDate: "2012-03-03",
    individual: 500,
    streetName: "Eksempelveien",
    buildingNumber: "50",
    place: PLACES.oslo,
    score: 50,
    serial: 60_000_145,
    outcome: "Under 18 år: kan ikke bli kunde",
  }),
} as const;

/** A valid synthetic number that the simulated Folkeregisteret does not know. */
export const UNKNOWN_NATIONAL_ID = nationalIdFor("1983-01-23", 300);

const ADJECTIVES = [
  "Blid",
  "Ivrig",
  "Rolig",
  "Kvikk",
  "Lun",
  "Varm",
  "Klok",
  "Lett",
  "Myk",
  "Sterk",
  "Tapper",
  "Vennlig",
  "Frisk",
  "Munter",
  "Stolt",
];
const NOUNS = [
  "Ekorn",
  "Hare",
  "Oter",
  "Grevling",
  "Spurv",
  "Laks",
  "Rype",
  "Lemen",
  "Hjort",
  "Bever",
  "Svane",
  "Trost",
  "Sild",
  "Mår",
  "Jerv",
];
const STREETS = ["Parkveien", "Skolegata", "Løkkeveien", "Fjordgata", "Bakkeveien", "Solbergveien"];
const CROWD_PLACES = Object.values(PLACES);

/** 36 more people: settled, adult, mostly approved, each with one metering point. */
const CROWD: SyntheticPerson[] = Array.from({ length: 36 }, (_, i) => {
  const place = CROWD_PLACES[i % CROWD_PLACES.length] as Place;
  const streetName = STREETS[i % STREETS.length] as string;
  const buildingNumber = String(1 + ((i * 7) % 60));
  const year = 1950 + ((i * 13) % 52);
  return person({
    firstName: ADJECTIVES[i % ADJECTIVES.length] as string,
    lastName: NOUNS[(i * 4) % NOUNS.length] as string,
    birthDate: `${year}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + ((i * 5) % 28)).padStart(2, "0")}`,
    individual: 400 + i,
    dNumber: i % 9 === 4,
    streetName,
    buildingNumber,
    place,
    score: [88, 73, 61, 45, 33, 24, 97, 52, 14, 8][i % 10] as number,
    meteringPoints: [
      point(61_000_000 + i, streetName, buildingNumber, place, {
        resolution: i % 4 === 0 ? "PT15M" : "PT1H",
        meanKw: 0.5 + (i % 5) * 0.3,
      }),
    ],
    outcome: "Generert",
  });
});

/**
 * Vacant dwellings the demo customers can report a move to (Avtale → "Meld flytting"; the README
 * lists them): Elhub finds these under each demo customer's national ID. Sjøgata 12 in Bodø is found (Nordland: no
 * VAT), and once one customer has moved there it is taken for the others; the other three show each
 * way Elhub can stop a move.
 */
export const DEMO_MOVE_TARGETS: readonly SyntheticMeteringPoint[] = [
  point(62_000_011, "Sjøgata", "12", PLACES.bodo, { resolution: "PT15M" }),
  { ...point(62_000_022, "Tollbugata", "8", PLACES.bodo), blockedForSwitching: true },
  { ...point(62_000_033, "Fjellveien", "3", PLACES.bodo), disconnected: true },
  { ...point(62_000_044, "Prinsens gate", "5", PLACES.bodo), fault: "500" },
];

const PLACE_BY_POSTCODE = new Map<string, Place>(Object.values(PLACES).map((p) => [p.postalCode, p]));

/** The portal's demo customers exist in the registers too (their numbers are already customers). */
const DEMO: SyntheticPerson[] = DEMO_CUSTOMERS.map((c) => {
  const [, streetName = c.street, buildingNumber = ""] = /^(.*?)\s+(\d+\w*)$/.exec(c.street) ?? [];
  const place: Place = PLACE_BY_POSTCODE.get(c.postalCode) ?? {
    ...PLACES.oslo,
    postalCode: c.postalCode,
    city: c.city.toUpperCase(),
    priceArea: c.priceArea,
    gridCompany: c.gridCompany,
  };
  const date = `${c.birthDate.y}-${String(c.birthDate.m).padStart(2, "0")}-${String(c.birthDate.d).padStart(2, "0")}`;
  return {
    nationalId: syntheticNationalId(c.birthDate, c.individualNumber),
    firstName: c.firstName.toUpperCase(),
    lastName: c.lastName.toUpperCase(),
    birthDate: date,
    status: "bosatt",
    streetName,
    buildingNumber,
    place,
    score: 80,
    openPaymentRemarks: 0,
    meteringPoints: [
      {
        // The demo's meters report at the seed's resolution today, so daily imports extend its readings.
        ...point(c.gsrnSerial, streetName, buildingNumber, place, {
          resolution: c.quarterHourlyFrom ? "PT15M" : "PT1H",
        }),
        meterNumber: c.meterNumber,
      },
    ],
    moveTargets: DEMO_MOVE_TARGETS,
    outcome: "Allerede kunde (demo): logg inn i stedet",
  };
});

export const SYNTHETIC_PEOPLE: readonly SyntheticPerson[] = [
  ...Object.values(NAMED_PEOPLE),
  ...CROWD,
  ...DEMO,
];

const BY_ID = new Map(SYNTHETIC_PEOPLE.map((p) => [p.nationalId, p]));
const POINTS = new Map(
  [...SYNTHETIC_PEOPLE.flatMap((p) => p.meteringPoints), ...DEMO_MOVE_TARGETS].map(
    (m) => [m.gsrn, m] as const,
  ),
);

export function findSyntheticPerson(nationalId: string): SyntheticPerson | undefined {
  return BY_ID.get(nationalId);
}

export function findSyntheticMeteringPoint(gsrn: string): SyntheticMeteringPoint | undefined {
  return POINTS.get(gsrn);
}
