import "server-only";
import type { PoolConfig } from "pg";

/** Splits a postgresql:// URL into a pg pool config and Prisma's schema option. */
export function pgConfigFromUrl(url: string): { config: PoolConfig; options?: { schema: string } } {
  const u = new URL(url);
  const schema = u.searchParams.get("schema");
  return {
    config: {
      host: u.hostname,
      port: Number(u.port || 5432),
      user: decodeURIComponent(u.username),
      password: decodeURIComponent(u.password),
      database: decodeURIComponent(u.pathname.slice(1)),
    },
    options: schema ? { schema } : undefined,
  };
}
