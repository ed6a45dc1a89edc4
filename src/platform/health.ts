import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { clientIpFrom, isLoopbackAddress } from "@/features/sign-in/server";
import { databaseConnection, db } from "@/platform/db";
import { type Env, env } from "@/platform/env";
import { logError } from "@/platform/log";

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

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * Which database runs here helps an attacker as much as an operator: anyone gets the status, the
 * detail goes to a request from this machine (by the client address rules of clientIpFrom, so a
 * forged X-Forwarded-For does not count) or one with `Authorization: Bearer <HEALTH_TOKEN>`.
 */
export function mayShowHealthDetail(
  headers: Headers,
  config: Pick<Env, "HEALTH_TOKEN" | "TRUSTED_PROXY_HOPS"> = env(),
): boolean {
  const authorization = headers.get("authorization");
  if (config.HEALTH_TOKEN && authorization && sameSecret(authorization, `Bearer ${config.HEALTH_TOKEN}`)) {
    return true;
  }
  return isLoopbackAddress(clientIpFrom(headers, config.TRUSTED_PROXY_HOPS));
}
