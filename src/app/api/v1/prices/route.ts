import { apiRoute } from "@/features/api-tokens/server";
import { pricesResponse } from "@/features/personal-api/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({
  scope: "PRICES",
  operation: "prices.read",
  handle: (request, caller) => pricesResponse(caller.customerId, request.nextUrl.searchParams),
});
