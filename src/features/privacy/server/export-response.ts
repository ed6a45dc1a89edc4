import "server-only";
// The HTTP side of the customer's downloads: who may start one, and the response that streams it.
import { getSessionUser } from "@/features/sign-in/routes";
import { osloDate } from "@/platform/time/oslo-calendar";
import type { Owner } from "./customer-data";
import { type ExportKind, startExport } from "./exports";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

/** Pulls the next chunk only when the client has taken the last: memory follows the network, not the data. */
function streamOf(chunks: AsyncGenerator<string | Uint8Array>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(typeof next.value === "string" ? encoder.encode(next.value) : next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}

/**
 * A download of the signed-in customer's own data: 401 without a full sign-in, 404 for anyone but a
 * customer, 429 beyond the rate limit. The file name says what and when.
 */
export async function exportResponse(
  kind: ExportKind,
  file: { name: string; type: string },
  produce: (owner: Owner) => AsyncGenerator<string | Uint8Array>,
): Promise<Response> {
  const user = await getSessionUser();
  if (!user)
    return new Response("Logg inn for å laste ned opplysningene dine.", { status: 401, headers: PRIVATE });
  if (user.role !== "CUSTOMER" || !user.customerId)
    return new Response("Ikke funnet.", { status: 404, headers: PRIVATE });
  const started = await startExport({ userId: user.userId, customerId: user.customerId }, kind);
  if (!started.ok) {
    return started.reason === "too-many"
      ? new Response("Du har lastet ned mange ganger på kort tid. Prøv igjen om en time.", {
          status: 429,
          headers: { ...PRIVATE, "Retry-After": "3600" },
        })
      : new Response("Ikke funnet.", { status: 404, headers: PRIVATE });
  }
  const date = osloDate(new Date());
  return new Response(streamOf(produce(started.owner)), {
    headers: {
      ...PRIVATE,
      "Content-Type": file.type,
      "Content-Disposition": `attachment; filename="${file.name}-${date}.${file.type.includes("zip") ? "zip" : "json"}"`,
    },
  });
}
