import { apiRoute, describeToken } from "@/features/api-tokens/server";

export const dynamic = "force-dynamic";

/** The calling token itself: name, prefix, scopes, expiry and the rate limit. Any live token may ask. */
export const GET = apiRoute({
  scope: null,
  operation: "token.describe",
  handle: async (_request, caller) =>
    Response.json(await describeToken(caller), { headers: { "Cache-Control": "no-store" } }),
});
