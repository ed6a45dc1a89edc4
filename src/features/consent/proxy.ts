import "server-only";

// What src/proxy.ts uses of consent: which trackers a response may load. Light on purpose: no database,
// no next-auth, since the proxy runs before every request.
export { trackersForRequest } from "./server/trackers";
