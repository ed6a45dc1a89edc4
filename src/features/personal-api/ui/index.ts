export { ApiDocs, curlFor } from "./api-docs";
