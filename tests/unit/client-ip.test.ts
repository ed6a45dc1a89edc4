import { describe, expect, it } from "vitest";
import {
  clientIpFrom,
  isLoopbackAddress,
  resolveClientIp,
  throttleKeyForAddress,
} from "@/features/sign-in/server/client-ip";
import { SOCKET_ADDRESS_HEADER } from "@/platform/http/http-policy";

describe("client address (TRUSTED_PROXY_HOPS)", () => {
  it.each([
    // [socket, X-Forwarded-For, hops, expected]
    ["203.0.113.9", null, 0, "203.0.113.9"],
    ["203.0.113.9", "127.0.0.1", 0, "203.0.113.9"],
    ["203.0.113.9", "1.2.3.4, 198.51.100.7", 0, "203.0.113.9"],
    ["::ffff:203.0.113.9", null, 0, "203.0.113.9"],
    ["10.0.0.2", "1.2.3.4, 198.51.100.7", 1, "198.51.100.7"],
    ["10.0.0.2", null, 1, "10.0.0.2"],
    ["10.0.0.2", "1.2.3.4, 198.51.100.7, 10.0.0.1", 2, "198.51.100.7"],
    ["10.0.0.2", "198.51.100.7", 2, "198.51.100.7"],
    ["10.0.0.2", " , 198.51.100.7 ,", 1, "198.51.100.7"],
  ])("socket %s, X-Forwarded-For %j, %i hop(s) → %s", (socketAddress, forwardedFor, hops, expected) => {
    expect(resolveClientIp({ socketAddress, forwardedFor, trustedProxyHops: hops })).toBe(expected);
  });

  it("with no proxy in front, a client-chosen X-Forwarded-For or X-Real-IP never becomes its address", () => {
    const headers = new Headers({
      [SOCKET_ADDRESS_HEADER]: "203.0.113.9",
      "x-forwarded-for": "198.51.100.1, 198.51.100.2",
      "x-real-ip": "198.51.100.3",
    });
    expect(clientIpFrom(headers, 0)).toBe("203.0.113.9");
    expect(clientIpFrom(headers, 1)).toBe("198.51.100.2");
  });

  it("without the socket address from our server, every request shares one 'unknown' bucket", () => {
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "198.51.100.7" }), 0)).toBe("unknown");
    expect(clientIpFrom(new Headers({ "x-forwarded-for": "198.51.100.7" }), 1)).toBe("unknown");
    expect(clientIpFrom(new Headers(), 0)).toBe("unknown");
  });

  it("knows loopback addresses, IPv4-mapped ones included", () => {
    for (const ip of ["127.0.0.1", "127.8.9.10", "::1", "::ffff:127.0.0.1"])
      expect(isLoopbackAddress(ip), ip).toBe(true);
    for (const ip of ["10.0.0.1", "198.51.100.7", "::ffff:10.0.0.1", "unknown", "fe80::1"])
      expect(isLoopbackAddress(ip), ip).toBe(false);
  });
});

describe("throttleKeyForAddress", () => {
  it.each([
    ["203.0.113.7", "203.0.113.7"],
    ["::ffff:203.0.113.7", "203.0.113.7"],
    ["2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002::1", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["2001:DB8:1:2::ffff", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
  ])("counts %s as %s", (address, key) => {
    expect(throttleKeyForAddress(address)).toBe(key);
  });
});
