export { createApiDocument } from "./domain/document";
export type { ApiEndpoint, ErrorStatus } from "./domain/endpoints";
export { API_ENDPOINTS, DOCS_PATH, DOCUMENT_PATH, ERROR_MEANINGS } from "./domain/endpoints";
export { API_RESOLUTIONS, MAX_RANGE_DAYS } from "./domain/limits";
