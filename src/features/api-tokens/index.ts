export type { ApiScope, ApiTokenCreate, ApiTokenStatus } from "./domain/api-token";
export {
  API_CALL_LOG_KEPT_MONTHS,
  API_RATE_LIMIT,
  API_SCOPE_DESCRIPTIONS,
  API_SCOPES,
  API_TOKEN_KEPT_MONTHS,
  API_TOKEN_LIFETIMES_DAYS,
  API_TOKEN_NAME_MAX_LENGTH,
  API_TOKEN_STATUS_LABELS,
  MAX_ACTIVE_API_TOKENS,
  scopeField,
  ZApiTokenCreate,
  ZApiTokenRevoke,
} from "./domain/api-token";
