import "server-only";
// The metering point searches in Elhub (P8): by the address the person lives at, or by the meter
// number on their meter. The answer is kept on the application as MeteringPointOption rows.
import type { MeteringPointCharacteristics } from "@/platform/registries/elhub/elhub";
import { registries } from "@/platform/registries/registries";
import type { OnboardingOptions } from "./step-types";

/** What the page needs of Elhub's answer for one metering point. */
export type MeteringPointOption = {
  gsrn: string;
  meterNumber: string;
  street: string;
  postalCode: string;
  city: string;
  municipalityNumber: string;
  priceArea: "NO1" | "NO2" | "NO3" | "NO4" | "NO5";
  gridCompany: string;
  resolution: "PT15M" | "PT1H";
};

/** A search's outcome for the audit row, and the points found (null when Elhub did not answer). */
export type MeteringPointSearch = {
  outcome: "found" | "not-found" | "unavailable" | "invalid";
  options: MeteringPointOption[] | null;
};

/** Splits "Eksempelveien 12B" into the street name and house number Elhub searches by. */
function splitStreet(street: string): { streetName: string; buildingNumber: string } | null {
  const match = /^(.*\S)\s+(\d+\s?[A-Za-z]?)$/.exec(street.trim());
  return match?.[1] && match[2]
    ? { streetName: match[1], buildingNumber: match[2].replace(/\s/g, "") }
    : null;
}

/** Elhub's characteristics of a metering point, as the pages show them. */
export function meteringPointOption(point: MeteringPointCharacteristics): MeteringPointOption {
  return {
    gsrn: point.meteringPointId,
    meterNumber: point.meterNumber,
    street: `${point.address.streetName} ${point.address.buildingNumber}`.trim(),
    postalCode: point.address.postcode,
    city: point.address.cityName,
    municipalityNumber: point.address.municipalityCode,
    priceArea: point.priceArea,
    gridCompany: point.gridAccessProviderName,
    resolution: point.meterReadingOccurrence,
  };
}

export async function searchByAddress(
  nationalId: string,
  street: string,
  postcode: string,
  options: OnboardingOptions,
): Promise<MeteringPointSearch> {
  const parts = splitStreet(street);
  if (!parts) return { outcome: "not-found", options: [] };
  const result = await (options.registries ?? registries()).elhub.findMeteringPoints({
    nationalId,
    postcode,
    ...parts,
  });
  if (result.ok) return { outcome: "found", options: result.value.map(meteringPointOption) };
  if (result.reason === "unavailable") return { outcome: "unavailable", options: null };
  return { outcome: result.reason, options: [] };
}

export async function searchByMeterNumber(
  nationalId: string,
  meterNumber: string,
  options: OnboardingOptions,
): Promise<MeteringPointSearch> {
  const result = await (options.registries ?? registries()).elhub.findMeteringPoints({
    nationalId,
    meterNumber,
  });
  return result.ok
    ? { outcome: "found", options: result.value.map(meteringPointOption) }
    : { outcome: result.reason, options: result.reason === "unavailable" ? null : [] };
}
