import "server-only";
import type { SyntheticMeteringPoint } from "../simulator/people";
// Simulated Elhub: BRS-NO-611 metering point search and BRS-NO-315 metering values, in the JSON shape
// the client reads (see elhub.ts). Values are deterministic: the same point and interval always give
// the same kWh, with a winter peak, morning and evening peaks, and per-interval variation. A day's
// values exist once the day is over (Elhub has them from about 09:00 the next day).
import { findSyntheticMeteringPoint, findSyntheticPerson, gridCompanyGln } from "../simulator/people";
import type { SimulatorModule, SimulatorResponse } from "../simulator/server";
import { MAX_VALUES_PERIOD_DAYS, RESOLUTION_MS } from "./elhub";

const HOUR = 3_600_000;

function ebixError(status: number, code: string, title: string): SimulatorResponse {
  return { status, body: { errors: [{ status: String(status), code, title }] } };
}

const notIdentifiable = ebixError(404, "E10", "Metering point or address not identifiable");

function characteristics(point: SyntheticMeteringPoint) {
  return {
    meteringPointId: point.gsrn,
    gridAccessProvider: gridCompanyGln(point.place),
    gridAccessProviderName: point.place.gridCompany,
    meteringGridArea: point.place.gridArea,
    priceArea: point.place.priceArea,
    address: {
      streetName: point.streetName,
      buildingNumber: point.buildingNumber,
      postcode: point.place.postalCode,
      cityName: point.place.city,
      municipalityCode: point.place.municipalityNumber,
    },
    meterNumber: point.meterNumber,
    meteringPointType: "E17",
    physicalStatusType: point.disconnected ? "E23" : "E22",
    blockedForSwitching: point.blockedForSwitching ?? false,
    meterReadingOccurrence: point.resolution,
  };
}

const fold = (value: string) => value.normalize("NFC").trim().toLowerCase();

function search(body: unknown): SimulatorResponse {
  const b = (body ?? {}) as {
    consumerInvolvedCustomerParty?: { identification?: unknown };
    mpAddressMeteringPointAddress?: { streetName?: unknown; buildingNumber?: unknown; postcode?: unknown };
    meteringInstallationMeterFacility?: { meterIdentification?: unknown };
  };
  const id = b.consumerInvolvedCustomerParty?.identification;
  const address = b.mpAddressMeteringPointAddress;
  const meter = b.meteringInstallationMeterFacility?.meterIdentification;
  const byAddress =
    typeof address?.postcode === "string" &&
    typeof address.streetName === "string" &&
    typeof address.buildingNumber === "string";
  if (typeof id !== "string" || !/^\d{11}$/.test(id) || (!byAddress && typeof meter !== "string")) {
    return ebixError(400, "EH015", "Invalid combination of search criteria");
  }
  const person = findSyntheticPerson(id);
  if (!person) return notIdentifiable;
  const hits = [...person.meteringPoints, ...(person.moveTargets ?? [])].filter((p) =>
    typeof meter === "string"
      ? p.meterNumber === meter.trim()
      : p.place.postalCode === address?.postcode &&
        fold(p.streetName).startsWith(fold(String(address.streetName))) &&
        fold(p.buildingNumber) === fold(String(address?.buildingNumber)),
  );
  const personFault = hits.find((p) => p.fault)?.fault ?? person.faults?.elhub;
  if (hits.length === 0) return { ...notIdentifiable, personFault };
  return { status: 200, body: { meteringPoints: hits.map(characteristics) }, personFault };
}

/** A 32-bit hash of the point and interval: the "randomness" of the history, the same every time. */
function noise(gsrn: string, slot: number): number {
  let h = 2_166_136_261;
  for (const ch of `${gsrn}:${slot}`) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16_777_619);
  }
  return (h >>> 0) / 4_294_967_296;
}

const DAY_SHAPE = [
  0.6, 0.55, 0.5, 0.5, 0.55, 0.7, 0.95, 1.25, 1.2, 1.0, 0.9, 0.9, 0.9, 0.85, 0.85, 0.95, 1.1, 1.35, 1.45, 1.4,
  1.25, 1.05, 0.85, 0.7,
];

/** kWh for the interval starting at `start` (ms, UTC) on this point. */
export function syntheticKwh(point: SyntheticMeteringPoint, start: number): number {
  const step = RESOLUTION_MS[point.resolution];
  const localHour = new Date(start + HOUR).getUTCHours(); // near enough Oslo time for a load shape
  const dayOfYear = Math.floor((start - Date.UTC(new Date(start).getUTCFullYear(), 0, 1)) / (24 * HOUR));
  const winter = 0.5 + 0.5 * Math.cos((2 * Math.PI * (dayOfYear - 15)) / 365);
  const kw =
    point.meanKw *
    (0.55 + 0.9 * winter) *
    (DAY_SHAPE[localHour] ?? 1) *
    (0.85 + 0.3 * noise(point.gsrn, start / step));
  return Math.round(kw * (step / HOUR) * 1000) / 1000;
}

function meteringValues(gsrn: string, query: URLSearchParams): SimulatorResponse {
  const point = findSyntheticMeteringPoint(gsrn);
  if (!point) return notIdentifiable;
  const start = Date.parse(query.get("start") ?? "");
  const end = Date.parse(query.get("end") ?? "");
  const step = RESOLUTION_MS[point.resolution];
  if (
    !Number.isFinite(start) ||
    !Number.isFinite(end) ||
    end <= start ||
    end - start > MAX_VALUES_PERIOD_DAYS * 24 * HOUR + HOUR ||
    start % step !== 0 ||
    end % step !== 0
  ) {
    return ebixError(400, "E50", "Invalid period");
  }
  const availableUntil = Math.floor(Date.now() / (24 * HOUR)) * 24 * HOUR;
  const until = Math.max(start, Math.min(end, availableUntil));
  const observations = [];
  for (let t = start, sequence = 1; t < until; t += step, sequence++) {
    const kwh = syntheticKwh(point, t);
    // About one value in 500 is an estimate (quality 56), as when a meter failed to report.
    observations.push(
      noise(point.gsrn, -t / step) < 0.002
        ? { sequence, estimated: kwh, quality: "56" }
        : { sequence, metered: kwh },
    );
  }
  return {
    status: 200,
    body: {
      meteringPointId: point.gsrn,
      resolutionDuration: point.resolution,
      unitType: "kWh",
      start: new Date(start).toISOString(),
      end: new Date(until).toISOString(),
      observations,
    },
  };
}

export const elhubSimulator: SimulatorModule = {
  name: "elhub",
  handle({ method, path, query, body, fault }) {
    if (fault === "not-found") return notIdentifiable;
    if (method === "POST" && path === "/v0/metering-point-queries") return search(body);
    const values = /^\/v0\/metering-points\/(\d{18})\/metering-values$/.exec(path);
    if (method === "GET" && values?.[1]) return meteringValues(values[1], query);
    return ebixError(404, "EH055", "Unknown process");
  },
};
