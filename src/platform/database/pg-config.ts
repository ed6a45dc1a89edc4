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
      // No JIT: the portal's statements are short, and on the month-partitioned readings a plan's cost
      // counts every partition it may prune while running, so PostgreSQL would compile code for each
      // (about 250 ms for a day of 15-minute readings over three years) to run a few milliseconds.
      options: "-c jit=off",
    },
    options: schema ? { schema } : undefined,
  };
}
