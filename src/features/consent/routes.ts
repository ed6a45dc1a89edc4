import "server-only";

export type { ConsentVisitor } from "./server/consent-visitor";
// What routes use of consent that reads the request's session; apart from server/index.ts so that jobs
// and scripts never load next-auth.
export { consentVisitor } from "./server/consent-visitor";
