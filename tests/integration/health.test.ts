import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseConnection, openDatabase } from "@/platform/database/connection";
import { databaseConnection, overrideDatabaseForTests } from "@/platform/db";
import { checkHealth, mayShowHealthDetail } from "@/platform/health";
import { SOCKET_ADDRESS_HEADER } from "@/platform/http/http-policy";
import { captureLog } from "../support/log-lines";

describe("health check", () => {
  // Read before the tests, not when the file is collected: the file's own database is not in place yet.
  let testDatabase: DatabaseConnection;
  beforeAll(() => {
    testDatabase = databaseConnection();
  });
  afterEach(() => overrideDatabaseForTests(testDatabase));

  it("answers ok and names the database kind when the database answers", async () => {
    const expectedKind = process.env.DATABASE_URL ? "postgres" : "embedded";
    // The client's first query loads its query compiler, which on a busy machine can outlast the
    // check's two seconds; a running server has long done that.
    await testDatabase.prisma.$queryRaw`SELECT 1`;
    expect(await checkHealth()).toEqual({ status: "ok", database: expectedKind });
  });

  it("answers error, without connection details in the log, when the database is unreachable", async () => {
    const unreachable = openDatabase({ url: "postgresql://health:secret-password@127.0.0.1:1/nowhere" });
    overrideDatabaseForTests(unreachable);
    const log = captureLog();

    expect(await checkHealth()).toEqual({ status: "error" });
    expect(log.lines()).toMatchObject([{ level: "error", event: "health" }]);
    expect(log.text()).not.toMatch(/secret-password|health:|nowhere/);

    log.restore();
    await unreachable.close();
  });

  describe("who sees the database kind", () => {
    const token = "a-health-token-of-at-least-32-characters";
    const noProxy = { HEALTH_TOKEN: token, TRUSTED_PROXY_HOPS: 0 };
    const request = (headers: Record<string, string>) => new Headers(headers);

    it("a request from this machine does", () => {
      expect(mayShowHealthDetail(request({ [SOCKET_ADDRESS_HEADER]: "127.0.0.1" }), noProxy)).toBe(true);
      expect(mayShowHealthDetail(request({ [SOCKET_ADDRESS_HEADER]: "::1" }), noProxy)).toBe(true);
    });

    it("anyone else does not, not even with a forged X-Forwarded-For: 127.0.0.1", () => {
      const forged = { [SOCKET_ADDRESS_HEADER]: "198.51.100.7", "x-forwarded-for": "127.0.0.1" };
      expect(mayShowHealthDetail(request(forged), noProxy)).toBe(false);
      expect(mayShowHealthDetail(request({ "x-forwarded-for": "127.0.0.1" }), noProxy)).toBe(false);
    });

    it("behind a proxy on this machine, only a client the proxy saw on loopback does", () => {
      const behindProxy = { HEALTH_TOKEN: undefined, TRUSTED_PROXY_HOPS: 1 };
      const viaProxy = (client: string) =>
        request({ [SOCKET_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": `127.0.0.1, ${client}` });
      expect(mayShowHealthDetail(viaProxy("198.51.100.7"), behindProxy)).toBe(false);
      expect(mayShowHealthDetail(viaProxy("127.0.0.1"), behindProxy)).toBe(true);
    });

    it("a request with the right Bearer HEALTH_TOKEN does, from anywhere; a wrong or unset one does not", () => {
      const remote = { [SOCKET_ADDRESS_HEADER]: "198.51.100.7" };
      expect(mayShowHealthDetail(request({ ...remote, authorization: `Bearer ${token}` }), noProxy)).toBe(
        true,
      );
      expect(mayShowHealthDetail(request({ ...remote, authorization: `Bearer ${token}x` }), noProxy)).toBe(
        false,
      );
      expect(mayShowHealthDetail(request({ ...remote, authorization: token }), noProxy)).toBe(false);
      const noToken = { HEALTH_TOKEN: undefined, TRUSTED_PROXY_HOPS: 0 };
      expect(mayShowHealthDetail(request({ ...remote, authorization: "Bearer undefined" }), noToken)).toBe(
        false,
      );
    });
  });
});
