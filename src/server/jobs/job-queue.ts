import PgBoss from "pg-boss";
import type { DatabaseConnection } from "@/server/database/connection";

/** A pg-boss queue on the app's own database: PostgreSQL, or the in-process PGlite. */
export function createJobQueue(connection: DatabaseConnection): PgBoss {
  const boss = new PgBoss({ ...connection.jobQueueConnection, schema: "pgboss" });
  // pg-boss reports failed polls here; without a listener they would crash the process.
  boss.on("error", (error) => console.error(`[jobs] ${error.message}`));
  return boss;
}
