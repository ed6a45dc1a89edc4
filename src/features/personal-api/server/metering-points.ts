import "server-only";
// The customer's metering points with their price area and own supply periods, as Forbruk lists them.
import { ownPointsNewestFirst } from "@/features/consumption/server";
import { parseQuery, ZNoQuery } from "../domain/query";
import type { MeteringPointList } from "../domain/schemas/metering-points";
import { apiJson, badQuery } from "./responses";

export async function listMeteringPoints(customerId: string, now = new Date()): Promise<MeteringPointList> {
  const own = await ownPointsNewestFirst(customerId, now);
  return {
    meteringPoints: own.map(({ point, inputs }) => ({
      id: point.id,
      gsrn: point.gsrn,
      address: point.address,
      priceArea: inputs.meteringPoint.priceArea as MeteringPointList["meteringPoints"][number]["priceArea"],
      supplyPeriods: inputs.supply.map((s) => ({ from: s.from, to: s.to })),
      historyFrom: inputs.history[0]?.from ?? null,
    })),
  };
}

export async function meteringPointsResponse(customerId: string, search: URLSearchParams): Promise<Response> {
  const query = parseQuery(ZNoQuery, search);
  if (!query.ok) return badQuery(query.detail);
  return apiJson(await listMeteringPoints(customerId));
}
