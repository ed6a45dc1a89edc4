import { apiRoute } from "@/features/api-tokens/server";
import { meteringPointsResponse } from "@/features/personal-api/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({
  scope: "CONSUMPTION",
  operation: "metering-points.read",
  handle: (request, caller) => meteringPointsResponse(caller.customerId, request.nextUrl.searchParams),
});
