// Reading an /api/v1 query string: every parameter at most once (which of two values was meant would be
// a guess), a "+" that a shell left unencoded (the form decoding turns it into a space) restored in an
// offset, and zod's first issue as the Norwegian detail of the 400 answer.
import { z } from "zod";

export type QueryParse<T> = { ok: true; value: T } | { ok: false; detail: string };

/** "2026-11-01T00:00:00 01:00": a "+01:00" sent unencoded, which form decoding made a space. */
const SPACED_OFFSET = /^(\d{4}-\d{2}-\d{2}T[\d:.]+) (\d{2}:\d{2})$/;

/** The query's parameters as single strings, or the name of one given more than once. */
export function singleParams(
  search: URLSearchParams,
): { params: Record<string, string> } | { repeated: string } {
  const params: Record<string, string> = {};
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    if (values.length > 1) return { repeated: key };
    params[key] = (values[0] ?? "").replace(SPACED_OFFSET, "$1+$2");
  }
  return { params };
}

/** Parses a query with its schema: a repeated or unknown parameter and a bad value are a detail to show. */
export function parseQuery<S extends z.ZodType>(schema: S, search: URLSearchParams): QueryParse<z.output<S>> {
  const single = singleParams(search);
  if ("repeated" in single) {
    return { ok: false, detail: `Parameteren «${single.repeated}» er gitt mer enn én gang. Gi den én gang.` };
  }
  const parsed = schema.safeParse(single.params);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, detail: issue?.message ?? "Spørringen er ugyldig." };
}

/** A query object that refuses any parameter it does not name, with the name in the detail. */
export function strictQuery<T extends z.core.$ZodLooseShape>(shape: T) {
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys" ? `Ukjent parameter: ${issue.keys.join(", ")}.` : undefined,
  });
}

/** The query of an endpoint that takes no parameters: anything given is an unknown parameter. */
export const ZNoQuery = strictQuery({});
