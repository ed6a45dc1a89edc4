import "server-only";
// The one gate every /api/v1 route handler passes: bearer token, rate limit, restriction, scope, then the
// handler; every call with a live token is audited, and nothing unexpected answers with a page or a stack.
import type { NextRequest } from "next/server";
import type { ApiScope } from "@/generated/prisma/client";
import { logError } from "@/platform/log";
import { unexpectedProblem } from "./api-problems";
import { authorizeCall } from "./authorize-call";
import { recordCall } from "./record-call";

/** Whose data a call may read: the token's customer, and the token (for the audit and introspection). */
export interface ApiCaller {
  customerId: string;
  tokenId: string;
}

export interface ApiRouteConfig<Params> {
  /** The scope the token must have been given; null: any live token (the token's own description). */
  scope: ApiScope | null;
  /** Names the call in the audit log and the error log: "consumption.read". */
  operation: string;
  handle: (request: NextRequest, caller: ApiCaller, params: Params) => Promise<Response>;
}

/** A Next.js route handler that answers only a live token with the scope; refusals are RFC 9457 problems. */
export function apiRoute<Params = Record<string, never>>(
  config: ApiRouteConfig<Params>,
): (request: NextRequest, context: { params: Promise<Params> }) => Promise<Response> {
  return async (request, context) => {
    const now = new Date();
    try {
      const access = await authorizeCall(request.headers.get("authorization"), config.scope, now);
      if (access.kind === "unauthenticated") return access.response;
      const response =
        access.kind === "refused"
          ? access.response
          : await answer(
              config,
              request,
              { customerId: access.token.customerId, tokenId: access.token.id },
              context,
            );
      if (access.kind === "allowed" || access.audit) {
        await recordCall(access.token, config.operation, response.status, now);
      }
      return response;
    } catch (error) {
      logError(`api.${config.operation}`, error);
      return unexpectedProblem();
    }
  };
}

/** The handler's answer, or a 500 problem that is still audited as the call's outcome. */
async function answer<Params>(
  config: ApiRouteConfig<Params>,
  request: NextRequest,
  caller: ApiCaller,
  context: { params: Promise<Params> },
): Promise<Response> {
  try {
    return await config.handle(request, caller, await context.params);
  } catch (error) {
    logError(`api.${config.operation}`, error);
    return unexpectedProblem();
  }
}
