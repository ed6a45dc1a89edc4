// Runs once when a server instance starts: refuse to start on bad configuration, then start the
// background job workers on the app's database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env, EnvError } = await import("@/server/env");
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
  const { database } = await import("@/server/db");
  const { createJobQueue } = await import("@/server/jobs/job-queue");
  const { startJobWorkers } = await import("@/server/jobs/start-workers");
  const boss = createJobQueue(database());
  await boss.start();
  await startJobWorkers(boss);
}
