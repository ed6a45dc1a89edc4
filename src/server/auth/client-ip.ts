import "server-only";

/**
 * The client address used for per-IP throttling. A reverse proxy that appends the address it saw
 * (nginx's $proxy_add_x_forwarded_for, cloud load balancers) makes the rightmost X-Forwarded-For
 * entry the one a client cannot choose; leftmost entries are whatever the client sent. Next.js
 * itself only fills the header from the socket when it is missing, so production must run behind
 * such a proxy. Returned as-is: callers hash it before it is stored anywhere.
 */
export function clientIpFrom(headers: Headers): string {
  const forwarded = headers
    .get("x-forwarded-for")
    ?.split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  const ip = forwarded?.at(-1) ?? headers.get("x-real-ip")?.trim();
  return ip ? ip.slice(0, 100) : "unknown";
}
