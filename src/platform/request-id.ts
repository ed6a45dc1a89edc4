import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

/** Set by the front server on every request and its response, overwriting whatever a client sent. */
export const REQUEST_ID_HEADER = "x-request-id";

type RequestScope = { requestId: string };

// The front server (run by tsx) and the log (bundled by Next.js) each load their own copy of this
// module: they share one store through a global, as db.ts shares its connection.
const holder = globalThis as unknown as { minSideRequestScope?: AsyncLocalStorage<RequestScope> };
holder.minSideRequestScope ??= new AsyncLocalStorage<RequestScope>();
const requestScope = holder.minSideRequestScope;

export function newRequestId(): string {
  return randomUUID();
}

/** Runs the handling of one request; whatever it logs, however deep, carries `requestId`. */
export function runWithRequestId<T>(requestId: string, handle: () => T): T {
  return requestScope.run({ requestId }, handle);
}

/** The id of the request being handled, or undefined outside one (jobs, scripts, start-up). */
export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
