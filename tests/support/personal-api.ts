// Calling /api/v1 the way a script does: a real token made by the Profil use case, a bearer header, and
// the route's own handler (the gate and all), answered as a Response.
import { NextRequest } from "next/server";
import type { ApiScope } from "@/features/api-tokens";
import { createApiToken } from "@/features/api-tokens/server";
import { ZProblem } from "@/features/personal-api/domain/schemas/problem";
import { createUser } from "./factories";

type Handler = (
  request: NextRequest,
  context: { params: Promise<Record<string, never>> },
) => Promise<Response>;

/** A customer with a login and a live token with these scopes. */
export async function customerWithToken(scopes: ApiScope[]) {
  const user = await createUser();
  const customerId = user.customerId as string;
  const created = await createApiToken(
    { userId: user.id, customerId },
    { name: "Skript", scopes, lifetimeDays: 30 },
  );
  if (!created.ok) throw new Error(created.reason);
  return { userId: user.id, customerId, token: created.token, tokenId: created.tokenId };
}

/** GET `path?query` through the route's handler with the token as bearer. */
export function apiGet(
  handler: Handler,
  path: string,
  token: string,
  query: string | Record<string, string> = "",
) {
  const search = typeof query === "string" ? query : new URLSearchParams(query).toString();
  const url = `http://localhost${path}${search ? `?${search}` : ""}`;
  return handler(new NextRequest(url, { headers: { authorization: `Bearer ${token}` } }), {
    params: Promise.resolve({}),
  });
}

/** The JSON of a 200 answer, after checking it is one and never cached. */
export async function okJson(response: Response): Promise<unknown> {
  if (response.status !== 200)
    throw new Error(`Expected 200, got ${response.status}: ${await response.text()}`);
  if (response.headers.get("cache-control") !== "no-store")
    throw new Error("A personal answer must be no-store");
  return response.json();
}

/** The problem body of a refusal, after checking its status, media type and documented schema. */
export async function problemOf(response: Response, status: number): Promise<Record<string, unknown>> {
  if (response.status !== status)
    throw new Error(`Expected ${status}, got ${response.status}: ${await response.text()}`);
  if (response.headers.get("content-type") !== "application/problem+json")
    throw new Error("Not a problem body");
  return ZProblem.parse(await response.json());
}
