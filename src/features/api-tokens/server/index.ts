import "server-only";

export type { ApiCaller, ApiRouteConfig } from "./api-route";
export { apiRoute } from "./api-route";
export type { CreateTokenResult } from "./create-token";
export { createApiToken } from "./create-token";
export { deleteClosedApiTokens } from "./delete-closed-tokens";
export { describeToken } from "./describe-token";
export type { ApiTokenSummary } from "./list-tokens";
export { listApiTokens } from "./list-tokens";
export type { RevokeTokenResult } from "./revoke-token";
export { revokeApiToken } from "./revoke-token";
