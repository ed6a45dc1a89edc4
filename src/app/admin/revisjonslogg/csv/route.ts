import { auditFilter } from "@/features/audit";
import { auditLogCsv } from "@/features/audit/server";
import { getSessionUser } from "@/features/sign-in/routes";
import { logError } from "@/platform/log";

export const dynamic = "force-dynamic";

/** The filtered audit log as a CSV download, streamed; administrators only (anyone else gets 404). */
export async function GET(request: Request) {
  // A route handler is not under the layout's guard: it checks the role itself.
  const user = await getSessionUser();
  if (user?.role !== "ADMIN") return new Response("Not Found", { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const lines = auditLogCsv({ userId: user.userId, role: user.role }, auditFilter(params));
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await lines.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        logError("audit-log.export", error);
        controller.error(error);
      }
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="revisjonslogg.csv"',
      "Cache-Control": "no-store",
    },
  });
}
