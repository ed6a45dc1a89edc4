// HTTP rules shared by next.config.ts, src/proxy.ts and the server in front of Next.js
// (scripts/next-server.ts). Plain constants: next.config.ts and the launcher import them too.

/** Sent with every response: Next.js adds them to its own (next.config.ts), the front server to its 405. */
export const SECURITY_HEADERS = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
] as const;

/** The largest request body the app accepts; Next.js's own server-action limit is set to the same. */
export const MAX_POST_BYTES = 1024 * 1024;

/**
 * The address of the TCP peer, set by scripts/next-server.ts on every request (overwriting any copy the
 * client sent). Next.js route handlers and server actions see headers but not the socket.
 */
export const SOCKET_ADDRESS_HEADER = "x-minside-socket-address";
