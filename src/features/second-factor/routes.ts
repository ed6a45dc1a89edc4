import "server-only";

// What pages use of the second factor that reads the request's session; apart from server/index.ts so
// that jobs and scripts never load next-auth.
export { requirePendingSecondFactor } from "./server/second-factor-gate";
