// Runs once when a server instance starts. The work is Node-only; importing it behind this check
// keeps it out of the Edge bundle.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerInstance } = await import("@/platform/start-server-instance");
    await startServerInstance();
  }
}
