import "server-only";
// Elhub: find the person's metering point (BRS-NO-611, "RequestUpfrontMeteringPointCharacteristics")
// and read its metering values (BRS-NO-315) (P8). Elhub's market interface is SOAP/ebIX; this client
// speaks the JSON rendering of those payloads described in shared/reference/registries/README.md §2
// ("Adapter JSON", an inferred shape): the field names are ebIX's. Price area and the grid company's
// name are not in the 611 payload; they come from Elhub's Energy Data API by grid area [inferred],
// and are returned alongside. Auth: Maskinporten Bearer token plus our GLN as SenderGln.
import { z } from "zod";
import { type HttpApiConfig, type RegistryResult, requestJson } from "../http-client";

const ZGsrnString = z.string().regex(/^\d{18}$/);

export const ZMeteringPoint = z.object({
  meteringPointId: ZGsrnString,
  gridAccessProvider: z.string().regex(/^\d{13}$/),
  gridAccessProviderName: z.string().max(200),
  meteringGridArea: z.string().max(16),
  priceArea: z.enum(["NO1", "NO2", "NO3", "NO4", "NO5"]),
  address: z.object({
    streetName: z.string().max(200),
    buildingNumber: z.string().max(10),
    postcode: z.string().regex(/^\d{4}$/),
    cityName: z.string().max(100),
    municipalityCode: z.string().regex(/^\d{4}$/),
  }),
  meterNumber: z.string().max(40),
  /** E17 consumption, E18 production. */
  meteringPointType: z.string().max(4),
  /** E22 connected, E23 disconnected. */
  physicalStatusType: z.string().max(4),
  blockedForSwitching: z.boolean(),
  meterReadingOccurrence: z.enum(["PT15M", "PT1H"]),
});
export type MeteringPointCharacteristics = z.infer<typeof ZMeteringPoint>;

const ZMeteringPointQueryResult = z.object({ meteringPoints: z.array(ZMeteringPoint).max(99) });

const ZObservation = z
  .object({
    sequence: z.number().int().min(1),
    metered: z.number().optional(),
    estimated: z.number().optional(),
    quality: z.string().max(4).optional(),
  })
  .refine((o) => o.metered !== undefined || o.estimated !== undefined, "an observation needs a value");

export const ZMeteringValues = z.object({
  meteringPointId: ZGsrnString,
  resolutionDuration: z.enum(["PT15M", "PT1H"]),
  unitType: z.literal("kWh"),
  start: z.iso.datetime({ offset: true }),
  end: z.iso.datetime({ offset: true }),
  observations: z.array(ZObservation).max(40_000),
});

export type Resolution = "PT15M" | "PT1H";

export interface MeteringValue {
  intervalStart: Date;
  kwh: number;
  quality: "MEASURED" | "ESTIMATED";
}

export interface MeteringValues {
  meteringPointId: string;
  resolution: Resolution;
  values: MeteringValue[];
}

/** BRS-NO-611's search combinations that onboarding uses: the end user plus an address or a meter. */
export type MeteringPointQuery =
  | { nationalId: string; postcode: string; streetName: string; buildingNumber: string }
  | { nationalId: string; meterNumber: string };

export interface ElhubClient {
  findMeteringPoints(query: MeteringPointQuery): Promise<RegistryResult<MeteringPointCharacteristics[]>>;
  /** Values in [start, end): Elhub's End is exclusive. At most 31 days per call. */
  meteringValues(query: {
    meteringPointId: string;
    start: Date;
    end: Date;
  }): Promise<RegistryResult<MeteringValues>>;
}

export const RESOLUTION_MS: Record<Resolution, number> = { PT15M: 15 * 60_000, PT1H: 60 * 60_000 };
export const MAX_VALUES_PERIOD_DAYS = 31;

export function createElhubClient(config: HttpApiConfig): ElhubClient {
  return {
    async findMeteringPoints(query) {
      const body = {
        process: "BRS-NO-611",
        consumerInvolvedCustomerParty: { identification: query.nationalId, schemeAgency: "Z01" },
        ...("meterNumber" in query
          ? { meteringInstallationMeterFacility: { meterIdentification: query.meterNumber } }
          : {
              mpAddressMeteringPointAddress: {
                streetName: query.streetName,
                buildingNumber: query.buildingNumber,
                postcode: query.postcode,
              },
            }),
      };
      const result = await requestJson(config, {
        method: "POST",
        path: "/v0/metering-point-queries",
        body,
        // A query: no side effect at Elhub, so it may be sent again.
        idempotent: true,
        schema: ZMeteringPointQueryResult,
        operation: "brs-no-611",
      });
      if (!result.ok) return result;
      // Elhub answers E10 ("not identifiable") with a 404; an empty list means the same.
      if (result.value.meteringPoints.length === 0) return { ok: false, reason: "not-found" };
      return { ok: true, value: result.value.meteringPoints };
    },

    async meteringValues({ meteringPointId, start, end }) {
      const result = await requestJson(config, {
        method: "GET",
        path: `/v0/metering-points/${encodeURIComponent(meteringPointId)}/metering-values`,
        query: { start: start.toISOString(), end: end.toISOString(), queryTypeCode: "MVTS" },
        idempotent: true,
        schema: ZMeteringValues,
        operation: "brs-no-315",
      });
      if (!result.ok) return result;
      const series = result.value;
      const step = RESOLUTION_MS[series.resolutionDuration];
      const seriesStart = Date.parse(series.start);
      return {
        ok: true,
        value: {
          meteringPointId: series.meteringPointId,
          resolution: series.resolutionDuration,
          values: series.observations.map((o) => ({
            // Sequence 1 is the first interval of the series.
            intervalStart: new Date(seriesStart + (o.sequence - 1) * step),
            kwh: o.metered ?? o.estimated ?? 0,
            quality: o.metered !== undefined ? "MEASURED" : "ESTIMATED",
          })),
        },
      };
    },
  };
}
