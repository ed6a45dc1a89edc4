import "server-only";
// The customer's contracts as the contract page has them (status as contractStatusOn gives it today),
// read without marking the page's notices as read: a script is not the customer looking.
import { listContracts } from "@/features/contracts/server";
import { parseQuery, ZNoQuery } from "../domain/query";
import type { ContractList } from "../domain/schemas/contracts";
import { apiJson, badQuery } from "./responses";

type PriceArea = ContractList["contracts"][number]["meteringPoint"]["priceArea"];

export async function readContracts(customerId: string, now = new Date()): Promise<ContractList> {
  const page = await listContracts(customerId, now);
  return {
    contracts: (page?.contracts ?? []).map((c) => ({
      id: c.id,
      product: c.product,
      status: c.status,
      current: c.current,
      startDate: c.startDate,
      endDate: c.endDate,
      endedBy: c.endedBy,
      priceTerms: {
        markupOrePerKwh: c.markupOrePerKwh,
        monthlyFeeOre: c.monthlyFeeOre,
        fixedPriceOrePerKwh: c.fixedPriceOrePerKwh,
        fixedUntil: c.fixedUntil,
      },
      termsVersion: c.termsVersion,
      meteringPoint: {
        id: c.meteringPointId,
        gsrn: c.meteringPoint.gsrn,
        address: c.meteringPoint.address,
        priceArea: c.meteringPoint.priceArea as PriceArea,
      },
    })),
  };
}

export async function contractsResponse(customerId: string, search: URLSearchParams): Promise<Response> {
  const query = parseQuery(ZNoQuery, search);
  if (!query.ok) return badQuery(query.detail);
  return apiJson(await readContracts(customerId));
}
