import { apiRoute } from "@/features/api-tokens/server";
import { invoicesResponse } from "@/features/personal-api/server";

export const dynamic = "force-dynamic";

export const GET = apiRoute({
  scope: "INVOICES",
  operation: "invoices.read",
  handle: (request, caller) => invoicesResponse(caller.customerId, request.nextUrl.searchParams),
});
