// Runs once when a server instance starts, before it answers a request.
// Norwegian messages for every zod schema in this process (pure, so in either runtime).
import "@/platform/format/validation-messages";

// The start-up work is Node-only; importing it behind this check keeps it out of the Edge bundle.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServerInstance } = await import("@/platform/start-server-instance");
    await startServerInstance();
  }
}
