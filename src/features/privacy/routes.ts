import "server-only";

// What route handlers use of privacy that reads the request's session; apart from server/index.ts so
// that jobs and scripts never load next-auth.
export { exportResponse } from "./server/export-response";
