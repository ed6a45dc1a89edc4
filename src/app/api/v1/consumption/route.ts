import { apiRoute } from "@/features/api-tokens/server";
import { consumptionResponse } from "@/features/personal-api/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({
  scope: "CONSUMPTION",
  operation: "consumption.read",
  handle: (request, caller) => consumptionResponse(caller.customerId, request.nextUrl.searchParams),
});
