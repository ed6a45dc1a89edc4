import "server-only";
// What the simulator can be told to do wrong, per person (people.ts) or per request (queued through
// POST /_simulator/faults). Transport faults are applied by the server to any module; outcome faults
// are read by the module they make sense for.

export const TRANSPORT_FAULTS = ["timeout", "500", "slow", "malformed"] as const;
export const OUTCOME_FAULTS = [
  "not-found",
  "deceased",
  "emigrated",
  "declined",
  "manual-review",
  "credit-blocked",
] as const;
export const SIMULATOR_FAULTS = [...TRANSPORT_FAULTS, ...OUTCOME_FAULTS] as const;

export type TransportFault = (typeof TRANSPORT_FAULTS)[number];
export type OutcomeFault = (typeof OUTCOME_FAULTS)[number];
export type SimulatorFault = (typeof SIMULATOR_FAULTS)[number];

export function isSimulatorFault(value: unknown): value is SimulatorFault {
  return typeof value === "string" && (SIMULATOR_FAULTS as readonly string[]).includes(value);
}

export function isTransportFault(fault: SimulatorFault | undefined): fault is TransportFault {
  return fault !== undefined && (TRANSPORT_FAULTS as readonly string[]).includes(fault);
}

/** "slow" answers after this long: slower than normal, well inside a client's timeout. */
export const SLOW_MS = 800;
/** "timeout" holds the request this long (or until the client gives up) and never answers. */
export const HANG_MS = 60_000;

interface QueuedFault {
  fault: SimulatorFault;
  /** Requests left to meet it; Infinity until cleared. */
  remaining: number;
  /** Only requests whose path, query values or body contain this meet it (a person, an address). */
  when?: string;
}

/**
 * Faults queued per API by the control endpoint: each request takes the first one it meets. `when`
 * aims a fault at one test's requests while other tests use the same simulator side by side.
 */
export class FaultQueue {
  private readonly queues = new Map<string, QueuedFault[]>();

  add(api: string, fault: SimulatorFault, count: number, when?: string) {
    const queue = this.queues.get(api) ?? [];
    queue.push({ fault, remaining: count > 0 ? count : Number.POSITIVE_INFINITY, when: when || undefined });
    this.queues.set(api, queue);
  }

  /** `request`: the request's path, query values and body as text, which `when` is looked for in. */
  take(api: string, request = ""): SimulatorFault | undefined {
    const queue = this.queues.get(api) ?? [];
    const index = queue.findIndex((queued) => queued.when === undefined || request.includes(queued.when));
    const met = queue[index];
    if (!met) return undefined;
    met.remaining -= 1;
    if (met.remaining <= 0) queue.splice(index, 1);
    return met.fault;
  }

  clear() {
    this.queues.clear();
  }
}
