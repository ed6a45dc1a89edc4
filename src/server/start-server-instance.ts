import "server-only";
import { databaseConnection } from "@/server/db";
import { EnvError, env } from "@/server/env";
import { createJobQueue, registerJobQueue } from "@/server/jobs/job-queue";
import { startJobWorkers } from "@/server/jobs/start-workers";

/** Refuse to start on bad configuration, then start this instance's background job workers. */
export async function startServerInstance() {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const boss = createJobQueue(databaseConnection());
  await boss.start();
  await startJobWorkers(boss);
  registerJobQueue(boss);
}
