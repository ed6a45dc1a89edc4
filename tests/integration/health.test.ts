import { afterEach, describe, expect, it, vi } from "vitest";
import { openDatabase } from "@/server/database/connection";
import { databaseConnection, overrideDatabaseForTests } from "@/server/db";
import { checkHealth } from "@/server/services/health";

describe("health check", () => {
  const testDatabase = databaseConnection();
  afterEach(() => overrideDatabaseForTests(testDatabase));

  it("answers ok and names the database kind when the database answers", async () => {
    const expectedKind = process.env.DATABASE_URL ? "postgres" : "embedded";
    expect(await checkHealth()).toEqual({ status: "ok", database: expectedKind });
  });

  it("answers error, without connection details in the log, when the database is unreachable", async () => {
    const unreachable = openDatabase({ url: "postgresql://health:secret-password@127.0.0.1:1/nowhere" });
    overrideDatabaseForTests(unreachable);
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);

    expect(await checkHealth()).toEqual({ status: "error" });
    expect(JSON.stringify(log.mock.calls)).not.toMatch(/secret-password|health:|nowhere/);

    log.mockRestore();
    await unreachable.close();
  });
});
