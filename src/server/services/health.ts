import "server-only";
import { database, db } from "@/server/db";

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
    return { status: "ok", database: database().kind };
  } catch (error) {
    // Name and code only: driver messages can carry host names, user names or connection strings.
    const code = (error as { code?: unknown } | null)?.code;
    console.error("health check failed", {
      name: error instanceof Error ? error.name : typeof error,
      code: typeof code === "string" ? code : undefined,
    });
    return { status: "error" };
  } finally {
    clearTimeout(timer);
  }
}
