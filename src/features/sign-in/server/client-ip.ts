import "server-only";
import { env } from "@/platform/env";
import { SOCKET_ADDRESS_HEADER } from "@/platform/http/http-policy";

const IPV4_MAPPED = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i;

function normalise(address: string): string {
  return address.trim().replace(IPV4_MAPPED, "$1").slice(0, 100);
}

/**
 * The client address, for per-IP throttling and "is this request from this machine?".
 *
 * The only address a client cannot choose is the socket's, which scripts/next-server.ts passes on in
 * SOCKET_ADDRESS_HEADER. With TRUSTED_PROXY_HOPS=0 (clients connect directly) that is the answer, and
 * X-Forwarded-For is ignored: the client wrote all of it (Next.js fills it from the socket only when
 * it is missing). With N proxies in front, each appending the address it saw (nginx's
 * $proxy_add_x_forwarded_for, cloud load balancers), it is the N-th entry from the right; entries
 * further left are the client's. As with Express's "trust proxy" hop count, a shorter chain gives its
 * leftmost entry. Without the socket address (a server other than ours) every request shares one
 * "unknown" bucket rather than trusting a header. Returned as-is: callers hash it before storing it.
 */
export function resolveClientIp({
  socketAddress,
  forwardedFor,
  trustedProxyHops,
}: {
  socketAddress: string | null;
  forwardedFor: string | null;
  trustedProxyHops: number;
}): string {
  if (!socketAddress?.trim()) return "unknown";
  const forwarded = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Nearest first: the socket, then what the nearest proxy appended, and so on outwards.
  const chain = [socketAddress, ...forwarded.reverse()];
  return normalise(chain[Math.min(trustedProxyHops, chain.length - 1)] ?? socketAddress);
}

export function clientIpFrom(headers: Headers, trustedProxyHops = env().TRUSTED_PROXY_HOPS): string {
  return resolveClientIp({
    socketAddress: headers.get(SOCKET_ADDRESS_HEADER),
    forwardedFor: headers.get("x-forwarded-for"),
    trustedProxyHops,
  });
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6. */
export function isLoopbackAddress(address: string): boolean {
  const ip = normalise(address);
  return ip === "::1" || /^127\.\d+\.\d+\.\d+$/.test(ip);
}

/**
 * What per-address throttles count: an IPv4 address, or an IPv6 address's /64 network. One IPv6
 * subscriber holds a whole /64 (2^64 addresses), so counting single addresses would let one
 * person pose as countless visitors.
 */
export function throttleKeyForAddress(address: string): string {
  const ip = normalise(address).split("%")[0] ?? "";
  if (!ip.includes(":")) return ip;
  const halves = ip.toLowerCase().split("::");
  if (halves.length > 2) return ip;
  const left = halves[0] ? halves[0].split(":") : [];
  const right = halves[1] ? halves[1].split(":") : [];
  const groups =
    halves.length === 2 ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  if (groups.length < 4) return ip;
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
