export type { AccessReason } from "./domain/customer-search";
export {
  ACCESS_REASONS,
  accessReason,
  CUSTOMER_QUERY_MAX_LENGTH,
  foldForSearch,
  SEARCH_MATCH_CAP,
  ZCustomerSearch,
  ZNationalIdReveal,
} from "./domain/customer-search";
