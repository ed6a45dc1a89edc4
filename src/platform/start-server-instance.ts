import "server-only";
import { DataFolderInUseError } from "@/platform/database/data-folder-lock";
import { databaseConnection } from "@/platform/db";
import { EnvError, env } from "@/platform/env";
import { createJobQueue, registerJobQueue } from "@/platform/jobs/job-queue";
import { startJobWorkers } from "@/platform/jobs/start-workers";

/** Refuse to start on bad configuration, then start this instance's background job workers. */
export async function startServerInstance() {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const boss = createJobQueue(openOwnDatabase(), { schedules: env().JOB_SCHEDULES === "on" });
  await boss.start();
  await startJobWorkers(boss);
  registerJobQueue(boss);
}

/** The embedded data folder is this server's alone: refuse to start beside another owner. */
function openOwnDatabase() {
  try {
    return databaseConnection();
  } catch (error) {
    if (!(error instanceof DataFolderInUseError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
