import { checkHealth, mayShowHealthDetail } from "@/platform/health";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const health = await checkHealth();
  const body = mayShowHealthDetail(request.headers) ? health : { status: health.status };
  return Response.json(body, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
