// Audit actions of the personal data API: a customer's tokens, and every call made with one (by the
// token's id, never the token).
import { z } from "zod";
import { code, codes, count, id } from "./fields";

export const API_ACTIONS = {
  "api-token.created": z.strictObject({ tokenId: id, scopes: codes, lifetimeDays: count }),
  "api-token.revoked": z.strictObject({ tokenId: id }),
  /** One call with a live token: which operation, and the HTTP status it was answered with. */
  "api.call": z.strictObject({ tokenId: id, operation: code, status: count }),
} as const satisfies Record<string, z.ZodType>;
