import { z } from "zod";

/**
 * Every row id is a UUID (RFC 9562, as PostgreSQL and Prisma make them). A path segment, form field or
 * filter that is not one names nothing, so it is refused before any query.
 */
export const ZUuid = z.uuid({ error: "Ukjent id." });

export function isUuid(value: unknown): value is string {
  return ZUuid.safeParse(value).success;
}
