// Every /api/v1 endpoint as one record: what the OpenAPI document, the docs page and the tests read. A
// route file under src/app/api/v1 without a record here fails tests/integration/personal-api-document.test.ts.
import type { z } from "zod";
import type { ApiScope } from "@/features/api-tokens";
import { ZConsumptionQuery } from "./consumption-query";
import { ZPricesQuery } from "./prices-query";
import { ZNoQuery } from "./query";
import { ZConsumption } from "./schemas/consumption";
import { ZContractList } from "./schemas/contracts";
import { ZInvoiceList } from "./schemas/invoices";
import { ZMeteringPointList } from "./schemas/metering-points";
import { ZPrices } from "./schemas/prices";
import { ZTokenDescription } from "./schemas/token";

/** The refusals a call can get; each is an application/problem+json body. */
export const ERROR_STATUSES = [400, 401, 403, 404, 429, 500] as const;
export type ErrorStatus = (typeof ERROR_STATUSES)[number];

export const ERROR_MEANINGS: Record<ErrorStatus, string> = {
  400: "Ugyldig spørring: ukjent eller gjentatt parameter, feil format, from ikke før to, eller for lang periode (maximumDays sier hvor lang den kan være).",
  401: "API-nøkkelen mangler, er ukjent, trukket tilbake eller utløpt.",
  403: "Nøkkelen mangler tilgangen (scope), eller du har bedt oss begrense behandlingen (personvernforordningen art. 18).",
  404: "Fant ikke målepunktet blant dine (et annet målepunkt finnes ikke for deg).",
  429: "For mange kall med nøkkelen: vent så mange sekunder som Retry-After sier.",
  500: "Noe gikk galt hos oss. Prøv igjen om litt.",
};

export interface ApiEndpoint {
  path: `/api/v1/${string}`;
  operationId: string;
  /** The scope a token needs; null: any live token. */
  scope: ApiScope | null;
  summary: string;
  description: string;
  query: z.ZodObject;
  response: z.ZodType;
  errors: readonly ErrorStatus[];
  /** The query string of the docs' curl example (already URL-encoded). */
  exampleQuery: string;
}

const COMMON_ERRORS = [400, 401, 403, 429, 500] as const;

export const API_ENDPOINTS: readonly ApiEndpoint[] = [
  {
    path: "/api/v1/metering-points",
    operationId: "listMeteringPoints",
    scope: "CONSUMPTION",
    summary: "Målepunktene dine",
    description:
      "Målepunktene du har eller har hatt strøm fra oss på: målepunkt-ID (GSRN), adresse, prisområde og leveringsperiodene dine. Krever samme tilgang som forbruket, som hører til målepunktene.",
    query: ZNoQuery,
    response: ZMeteringPointList,
    errors: COMMON_ERRORS,
    exampleQuery: "",
  },
  {
    path: "/api/v1/consumption",
    operationId: "getConsumption",
    scope: "CONSUMPTION",
    summary: "Forbruket ditt",
    description:
      "kWh og spotpris × forbruk per kvarter, time, dag eller måned på ett av målepunktene dine, med de samme tallene som Forbruk-siden og nedlastingen for de samme dagene. «from» og «to» må ligge på oppløsningens rutenett (dager og måneder ved midnatt norsk tid). Et målepunkt som måles per time, gir ett intervall per time også med PT15M; da må «from» og «to» være på en hel time, ellers svarer vi 400.",
    query: ZConsumptionQuery,
    response: ZConsumption,
    errors: [400, 401, 403, 404, 429, 500],
    exampleQuery:
      "meteringPointId=707057500104827313&from=2026-11-01T00:00:00%2B01:00&to=2026-11-02T00:00:00%2B01:00&resolution=PT15M",
  },
  {
    path: "/api/v1/prices",
    operationId: "getPrices",
    scope: "PRICES",
    summary: "Spotpriser",
    description:
      "Spotprisene i prisområdet (eller områdene) til målepunktene dine, uten og med mva. Uten «date»: i dag, og i morgen når prisene er publisert (rundt kl. 13).",
    query: ZPricesQuery,
    response: ZPrices,
    errors: COMMON_ERRORS,
    exampleQuery: "date=2026-12-07",
  },
  {
    path: "/api/v1/contract",
    operationId: "listContracts",
    scope: "CONTRACT",
    summary: "Strømavtalene dine",
    description: "Nåværende og tidligere avtaler: produkt, priser, datoer og status i dag.",
    query: ZNoQuery,
    response: ZContractList,
    errors: COMMON_ERRORS,
    exampleQuery: "",
  },
  {
    path: "/api/v1/invoices",
    operationId: "listInvoices",
    scope: "INVOICES",
    summary: "Fakturaene dine",
    description:
      "Fakturaer og kreditnotaer: nummer, datoer, beløp i øre, status, KID og lenke til fakturaen på Min side.",
    query: ZNoQuery,
    response: ZInvoiceList,
    errors: COMMON_ERRORS,
    exampleQuery: "",
  },
  {
    path: "/api/v1/me",
    operationId: "describeToken",
    scope: null,
    summary: "Nøkkelen selv",
    description:
      "Hvilken nøkkel du bruker, hva den kan lese, når den utløper og hvor mange kall den kan gjøre. Enhver gyldig nøkkel kan spørre.",
    query: ZNoQuery,
    response: ZTokenDescription,
    errors: [401, 429, 500],
    exampleQuery: "",
  },
];

/** The document itself: public, no token. */
export const DOCUMENT_PATH = "/api/v1/openapi.json";
/** The readable page made from the document. */
export const DOCS_PATH = "/api/v1/docs";
