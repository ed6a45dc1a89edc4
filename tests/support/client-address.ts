/**
 * Fresh client addresses from a documentation range (RFC 5737), so the per-IP throttle of one
 * test never leaks into another. Each file passes its own range.
 */
export function clientAddresses(prefix: "192.0.2" | "198.51.100" | "203.0.113") {
  let counter = 0;
  return () => {
    counter += 1;
    return `${prefix}.${counter}`;
  };
}
