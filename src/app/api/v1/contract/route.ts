import { apiRoute } from "@/features/api-tokens/server";
import { contractsResponse } from "@/features/personal-api/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({
  scope: "CONTRACT",
  operation: "contract.read",
  handle: (request, caller) => contractsResponse(caller.customerId, request.nextUrl.searchParams),
});
