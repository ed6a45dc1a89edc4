import "server-only";
import { databaseConnection, db } from "@/server/db";
import { logError } from "@/server/log";

export type Health = { status: "ok"; database: "postgres" | "embedded" } | { status: "error" };

const TIMEOUT_MS = 2_000;

class HealthCheckTimeout extends Error {
  override name = "HealthCheckTimeout";
}

/** Is the database answering? Fails within two seconds rather than hanging a load balancer's probe. */
export async function checkHealth(): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new HealthCheckTimeout()), TIMEOUT_MS);
  });
  try {
    await Promise.race([db.$queryRaw`SELECT 1`, timeout]);
    return { status: "ok", database: databaseConnection().kind };
  } catch (error) {
    logError("health", error);
    return { status: "error" };
  } finally {
    clearTimeout(timer);
  }
}
