import "server-only";
import PgBoss from "pg-boss";
import type { DatabaseConnection } from "@/server/database/connection";
import { logError } from "@/server/log";

/** A pg-boss queue on the app's own database: PostgreSQL, or the in-process PGlite. */
export function createJobQueue(connection: DatabaseConnection): PgBoss {
  const boss = new PgBoss({ ...connection.jobQueueConnection, schema: "pgboss" });
  // pg-boss reports failed polls here; without a listener they would crash the process.
  boss.on("error", (error) => logError("jobs", error));
  return boss;
}
