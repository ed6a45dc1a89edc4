// Runs an HTTP server on a free local port for the tests of one file.
import type http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll } from "vitest";

/** Starts `server` before the file's tests and closes it after them; `url()` is its base URL. */
export function serveDuringTests(server: http.Server): { url: () => string } {
  beforeAll(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { url: () => `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
