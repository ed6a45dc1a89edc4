// The OpenAPI 3.1 document of /api/v1: public (no token), the same for everyone, so it may be cached.
import { createApiDocument } from "@/features/personal-api";

export const dynamic = "force-static";

export function GET() {
  return Response.json(createApiDocument(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
