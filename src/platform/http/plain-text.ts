import "server-only";
// A route handler's short answer in words (a refusal, a not-found), never cached.

export function plainTextResponse(body: string, status: number): Response {
  return new Response(body, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}
