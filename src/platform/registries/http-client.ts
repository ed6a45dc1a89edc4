import "server-only";
// The HTTP core every registry client shares: one timeout per attempt, retries with backoff for
// idempotent calls only, and every failure mapped to a typed outcome. Nothing here logs a URL, a
// body or a message: a registry URL can carry a national ID (Folkeregisteret's entydigsoek).
import type { z } from "zod";
import { logError, NamedFailure } from "@/platform/log";

/** Why a registry gave no answer: nobody matched, the service failed, or it refused our request. */
export type RegistryFailure = "not-found" | "unavailable" | "invalid";

export type RegistryResult<T> = { ok: true; value: T } | { ok: false; reason: RegistryFailure };

export interface HttpApiConfig {
  /** Name used in log events: "folkeregister", "elhub", "experian". */
  name: string;
  baseUrl: string;
  headers: Record<string, string>;
  /** One attempt's limit. */
  timeoutMs: number;
  /** Extra attempts for idempotent calls (0 for none). */
  retries: number;
  /** Wait before the first retry; each further retry waits three times as long. */
  backoffMs: number;
}

export interface JsonRequest<S extends z.ZodType> {
  method: "GET" | "POST";
  path: string;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** Only a call with no side effect at the other end may be sent twice. */
  idempotent: boolean;
  schema: S;
  /** Names the call in the log: `registry.<api>.<operation>`. */
  operation: string;
}

class RegistryCallError extends NamedFailure {
  override name = "RegistryCallError";
}

type Attempt<T> = RegistryResult<T> & { retryable?: boolean; retryAfterMs?: number };

const RETRY_AFTER_CAP_MS = 2000;

export async function requestJson<S extends z.ZodType>(
  config: HttpApiConfig,
  request: JsonRequest<S>,
): Promise<RegistryResult<z.output<S>>> {
  const attempts = request.idempotent ? 1 + config.retries : 1;
  let last: Attempt<z.output<S>> = { ok: false, reason: "unavailable" };
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) {
      const wait = last.retryAfterMs ?? config.backoffMs * 3 ** (attempt - 1);
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    last = await attemptOnce(config, request);
    if (last.ok || !last.retryable) break;
  }
  if (last.ok) return { ok: true, value: last.value };
  return { ok: false, reason: last.reason };
}

async function attemptOnce<S extends z.ZodType>(
  config: HttpApiConfig,
  request: JsonRequest<S>,
): Promise<Attempt<z.output<S>>> {
  const event = `registry.${config.name}.${request.operation}`;
  const url = new URL(`${config.baseUrl.replace(/\/$/, "")}${request.path}`);
  for (const [key, value] of Object.entries(request.query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, value);
  }
  let response: Response;
  try {
    response = await fetch(url, {
      method: request.method,
      headers: {
        Accept: "application/json",
        ...(request.body === undefined ? {} : { "Content-Type": "application/json" }),
        ...config.headers,
      },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: AbortSignal.timeout(config.timeoutMs),
      redirect: "error",
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    logError(event, new RegistryCallError(timedOut ? "TIMEOUT" : "NETWORK"));
    return { ok: false, reason: "unavailable", retryable: true };
  }

  if (response.status === 404) {
    await response.body?.cancel();
    return { ok: false, reason: "not-found" };
  }
  if (response.status === 400 || response.status === 422) {
    await response.body?.cancel();
    logError(event, new RegistryCallError(`HTTP_${response.status}`));
    return { ok: false, reason: "invalid" };
  }
  if (!response.ok) {
    await response.body?.cancel();
    logError(event, new RegistryCallError(`HTTP_${response.status}`));
    const transient = response.status === 429 || response.status >= 500;
    return { ok: false, reason: "unavailable", retryable: transient, retryAfterMs: retryAfter(response) };
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    logError(event, new RegistryCallError("BODY_NOT_JSON"));
    return { ok: false, reason: "unavailable", retryable: true };
  }
  const parsed = request.schema.safeParse(json);
  if (!parsed.success) {
    // A changed or broken answer is an outage of that service for us, not the user's fault.
    logError(event, new RegistryCallError("BODY_SHAPE"));
    return { ok: false, reason: "unavailable" };
  }
  return { ok: true, value: parsed.data };
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get("retry-after");
  if (!header || !/^\d+$/.test(header)) return undefined;
  return Math.min(Number(header) * 1000, RETRY_AFTER_CAP_MS);
}
