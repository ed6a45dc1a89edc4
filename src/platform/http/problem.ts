import "server-only";
// RFC 9457 problem details: how every /api/v1 refusal answers, so a script reads one JSON shape for every
// error and a person reading it gets Norwegian words. Never cached: a refusal is about this request only.

export interface Problem {
  /** A short Norwegian summary of the kind of problem, the same for every occurrence of it. */
  title: string;
  /** What went wrong this time and what to do, in Norwegian. */
  detail?: string;
  /** A URI naming the kind of problem; "about:blank" (the default) means the status code says it all. */
  type?: string;
  /** Extension members (`retryAfterSeconds`, `scope`): plain JSON a program can act on. */
  [extension: string]: unknown;
}

export function problemResponse(status: number, problem: Problem, headers?: HeadersInit): Response {
  const { title, detail, type = "about:blank", ...extensions } = problem;
  // The standard members come last, so an extension can never pass for one of them.
  const body = { ...extensions, type, title, status, ...(detail !== undefined && { detail }) };
  const responseHeaders = new Headers(headers);
  responseHeaders.set("Content-Type", "application/problem+json");
  responseHeaders.set("Cache-Control", "no-store");
  return new Response(JSON.stringify(body), { status, headers: responseHeaders });
}
